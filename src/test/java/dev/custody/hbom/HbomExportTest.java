package dev.custody.hbom;

import static dev.custody.hbom.HbomImportTest.post;
import static dev.custody.hbom.HbomImportTest.vendor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;

/** GET /api/organizations/{id}/hbom: a valid CycloneDX 1.6 BOM of the supply tree that imports back to the same tree. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class HbomExportTest {

    static String export(long id, String format) {
        return given().queryParam("format", format).get("/api/organizations/" + id + "/hbom").then().statusCode(200)
                .contentType(containsString("application/vnd.cyclonedx+" + format))
                .header("Content-Disposition", containsString(".cdx." + format)).extract().asString();
    }

    /** The tree as lines "depth item | maker (country) | kind share criticality", in document order. */
    static List<String> outline(Bom bom) {
        List<String> lines = new ArrayList<>();
        outline(bom.getComponents(), 1, lines);
        return lines;
    }

    private static void outline(List<Component> components, int depth, List<String> lines) {
        if (components == null) {
            return;
        }
        for (Component c : components) {
            Map<String, String> p = new java.util.TreeMap<>();
            c.getProperties().forEach((Property property) -> p.put(property.getName(), property.getValue()));
            lines.add(depth + " " + c.getName() + " | " + c.getManufacturer().getName() + " ("
                    + c.getManufacturer().getAddress().getCountry() + ") | " + c.getType() + " " + p);
            outline(c.getComponents(), depth + 1, lines);
        }
    }

    @Test
    void shouldExportTheImportedServerAsAValidCycloneDxBomOfTheSameTree() throws Exception {
        HbomFiles.Bom server = HbomFiles.server(HbomImportTest.SERVER);
        long vendor = vendor();
        post(vendor, server.bytes(), "server.json", false, null).statusCode(201);

        String json = export(vendor, "json");
        assertThat(new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
        Bom bom = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(bom.getSpecVersion()).isEqualTo("1.6");
        String board = server.name("Kaohsiung Board Works Co., Ltd.");
        assertThat(outline(bom)).contains(
                "1 AX2 system board | " + board + " (TW) | DEVICE {custody:criticality=CRITICAL, "
                        + "custody:item-kind=ASSEMBLY, custody:share=1}",
                "2 Baseboard management controller | " + server.name("Hsinchu Silicon Design Inc.") + " (TW) | DEVICE "
                        + "{custody:criticality=CRITICAL, custody:item-kind=ASSEMBLY, custody:share=1}",
                "3 BMC firmware | " + server.name("Brightwater Firmware LLC") + " (US) | FIRMWARE "
                        + "{custody:criticality=CRITICAL, custody:item-kind=FIRMWARE, custody:share=1}",
                "1 DDR5 RDIMM 32 GB | " + server.name("Sawtooth Memory Inc.") + " (US) | DEVICE "
                        + "{custody:criticality=MEDIUM, custody:item-kind=COMPONENT, custody:share=0.5}");
        assertThat(outline(bom)).hasSize(10);

        String xml = export(vendor, "xml");
        assertThat(new XmlParser().validate(xml.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
        assertThat(outline(new XmlParser().parse(xml.getBytes(StandardCharsets.UTF_8)))).isEqualTo(outline(bom));
    }

    @Test
    void shouldRoundTripATreeBuiltByHandThroughJsonAndXml() throws Exception {
        long vendor = vendor();
        long manufacturer = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER, "VN");
        long firmware = Fixtures.organization(OrganizationKind.FIRMWARE_HOUSE, "DE");
        long chips = Fixtures.organization(OrganizationKind.COMPONENT_SUPPLIER, "JP");
        link(vendor, manufacturer, "Controller board", "ASSEMBLY", 0.6, "CRITICAL");
        link(manufacturer, firmware, "Boot firmware", "FIRMWARE", 1, "CRITICAL");
        link(manufacturer, chips, "Flash memory", "COMPONENT", 0.35, "LOW");
        link(vendor, chips, "Spare flash", "COMPONENT", 1, "HIGH");
        link(vendor, firmware, "Field service", "SERVICE", 0.2, "MEDIUM");

        for (String format : List.of("json", "xml")) {
            String exported = export(vendor, format);
            long copy = vendor();
            JsonPath preview = post(copy, exported.getBytes(StandardCharsets.UTF_8), "tree." + format, true, null)
                    .statusCode(200).extract().jsonPath();
            assertThat(preview.getList("organizations.match", String.class)).containsOnly("EXISTING");
            assertThat(preview.getList("links.findAll { it.status == 'NEW' }.buyer", String.class))
                    .as("only the copy's own links are new; the suppliers' links are recorded").hasSize(3)
                    .allMatch(buyer -> buyer.equals(name(copy)));
            post(copy, exported.getBytes(StandardCharsets.UTF_8), "tree." + format, false, null).statusCode(201)
                    .body("linksCreated", equalTo(3)).body("organizationsCreated", equalTo(0));

            assertThat(outline(new JsonParser().parse(export(copy, "json").getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(outline(new JsonParser().parse(export(vendor, "json").getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void shouldRefuseAnUnknownFormatAndAnUnknownOrganization() {
        given().queryParam("format", "spdx").get("/api/organizations/" + vendor() + "/hbom").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().get("/api/organizations/999999999/hbom").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void shouldLetReadersExportButNotImport() {
        long vendor = given().queryParam("kind", "VENDOR").get("/api/organizations").then().extract()
                .jsonPath().getLong("items[0].id");
        given().get("/api/organizations/" + vendor + "/hbom").then().statusCode(200);
        post(vendor, HbomFiles.raw(HbomImportTest.SERVER), "bom.json", true, null).statusCode(403);
    }

    private static String name(long id) {
        return given().get("/api/organizations/" + id).then().extract().path("name");
    }

    private static void link(long buyer, long supplier, String item, String kind, double share, String criticality) {
        Fixtures.create("/api/supply-links", Map.of("buyerId", buyer, "supplierId", supplier, "item", item,
                "itemKind", kind, "share", share, "criticality", criticality));
    }
}
