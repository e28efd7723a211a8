package dev.custody.hbom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/organizations/{id}/hbom: the server BOM previewed, imported, decided; nothing written in part. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class HbomImportTest {
    static final String SERVER = "server-ax2.cdx.json";

    static ValidatableResponse post(long organizationId, byte[] bom, String fileName, boolean dryRun, String decisions) {
        var request = given().multiPart("file", fileName, bom, "application/octet-stream");
        if (decisions != null) {
            request.multiPart("decisions", decisions, "application/json");
        }
        return request.queryParam("dryRun", dryRun).post("/api/organizations/" + organizationId + "/hbom").then();
    }

    static ValidatableResponse preview(long organizationId, byte[] bom) {
        return post(organizationId, bom, "bom", true, null);
    }

    static long vendor() {
        return Fixtures.organization(OrganizationKind.VENDOR, "SE");
    }

    /** How many stored organizations carry this exact name (the API searches names by substring). */
    static int stored(String name) {
        JsonPath found = given().queryParam("q", name).get("/api/organizations").then().statusCode(200).extract()
                .jsonPath();
        return found.getList("items.name", String.class).stream().filter(name::equals).toList().size();
    }

    static List<Map<String, Object>> suppliersOf(long id) {
        return given().queryParam("buyerId", id).queryParam("size", 100).get("/api/supply-links").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static long idOf(String name) {
        JsonPath found = given().queryParam("q", name).get("/api/organizations").then().statusCode(200).extract()
                .jsonPath();
        return found.getLong("items.find { it.name == '" + name + "' }.id");
    }

    @Test
    void shouldPreviewTheServerBomWithoutWritingAnything() {
        HbomFiles.Bom bom = HbomFiles.server(SERVER);
        long vendor = vendor();

        JsonPath report = preview(vendor, bom.bytes()).statusCode(200).contentType("application/json")
                .body("dryRun", equalTo(true)).body("format", equalTo("JSON")).body("specVersion", equalTo("1.6"))
                .body("product", equalTo("Arden AX2 2U rack server")).body("components", equalTo(10))
                .body("organizations", hasSize(9)).body("links", hasSize(10)).body("decisionsNeeded", hasSize(0))
                .extract().jsonPath();

        String board = bom.name("Kaohsiung Board Works Co., Ltd.");
        String firmware = bom.name("Brightwater Firmware LLC");
        assertThat(report.getList("organizations.match", String.class)).containsOnly("NEW");
        assertThat(report.getString("organizations.find { it.name == '" + board + "' }.kind"))
                .isEqualTo("CONTRACT_MANUFACTURER");
        assertThat(report.getString("organizations.find { it.name == '" + board + "' }.hqCountry")).isEqualTo("TW");
        assertThat(report.getString("organizations.find { it.name == '" + firmware + "' }.kind"))
                .isEqualTo("FIRMWARE_HOUSE");
        assertThat(report.getString("organizations.find { it.name == '" + bom.name("Halden Components B.V.")
                + "' }.kind")).isEqualTo("DISTRIBUTOR");
        assertThat(report.getList("organizations.find { it.name == '" + firmware + "' }.components", String.class))
                .containsExactly("components[0].components[1].components[0].manufacturer",
                        "components[0].components[3].manufacturer");

        Map<String, Object> boardLink = report.getMap("links.find { it.key == 'components[0]' }");
        assertThat(boardLink).containsEntry("supplier", board).containsEntry("item", "AX2 system board")
                .containsEntry("itemKind", "ASSEMBLY").containsEntry("criticality", "CRITICAL")
                .containsEntry("status", "NEW");
        assertThat(report.getString("links.find { it.key == 'components[0].components[1].components[0]' }.criticality"))
                .as("firmware is critical").isEqualTo("CRITICAL");
        assertThat(report.getString("links.find { it.key == 'components[0].components[0]' }.criticality"))
                .as("a bare PCB starts at medium").isEqualTo("MEDIUM");
        assertThat(report.getList("links.findAll { it.item == 'DDR5 RDIMM 32 GB' }.share", Float.class))
                .as("two sources of one item share it").containsExactly(0.5f, 0.5f);
        assertThat(report.getList("links.findAll { it.item == 'TPM 2.0 module' }.supplier", String.class))
                .as("the distributor stands between the board maker and the manufacturer")
                .containsExactly(bom.name("Halden Components B.V."), bom.name("Nordmark Secure Elements GmbH"));
        assertThat(report.getList("notes.field", String.class)).contains("components[1].components[0]", "metadata");

        bom.names().values().forEach(name -> assertThat(stored(name)).as("%s stored by a dry run", name).isZero());
        assertThat(suppliersOf(vendor)).isEmpty();
    }

    @Test
    void shouldImportTheServerBomIntoTheSubTierMapOnceEvenWhenSentTwice() {
        HbomFiles.Bom bom = HbomFiles.server(SERVER);
        long vendor = vendor();

        post(vendor, bom.bytes(), "server-ax2.cdx.json", false, null).statusCode(201)
                .body("dryRun", equalTo(false)).body("organizationsCreated", equalTo(9))
                .body("linksCreated", equalTo(10));

        String board = bom.name("Kaohsiung Board Works Co., Ltd.");
        String bmc = bom.name("Hsinchu Silicon Design Inc.");
        long boardId = idOf(board);
        assertThat(suppliersOf(vendor)).extracting(l -> l.get("supplierName")).containsExactlyInAnyOrder(board,
                bom.name("Velsund Networks Ltd."), bom.name("Hanrim Memory Co., Ltd."), bom.name("Sawtooth Memory Inc."));
        assertThat(suppliersOf(boardId)).extracting(l -> l.get("item")).containsExactlyInAnyOrder(
                "AX2 bare printed circuit board, 14 layers", "Baseboard management controller", "TPM 2.0 module",
                "UEFI system firmware");
        assertThat(suppliersOf(idOf(bmc))).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("supplierName", bom.name("Brightwater Firmware LLC")).containsEntry("itemKind", "FIRMWARE")
                .containsEntry("criticality", "CRITICAL"));
        given().get("/api/organizations/" + boardId).then().body("hqCountry", equalTo("TW"))
                .body("kind", equalTo("CONTRACT_MANUFACTURER")).body("tier", equalTo(2))
                .body("description", containsString("Arden AX2 2U rack server"));
        given().get("/api/organizations/" + idOf(bom.name("Brightwater Firmware LLC"))).then().body("tier", equalTo(3));

        post(vendor, bom.bytes(), "server-ax2.cdx.json", false, null).statusCode(201)
                .body("organizationsCreated", equalTo(0)).body("linksCreated", equalTo(0))
                .body("organizations.match", org.hamcrest.Matchers.everyItem(equalTo("EXISTING")))
                .body("links.status", org.hamcrest.Matchers.everyItem(equalTo("EXISTING")));
        assertThat(stored(board)).isEqualTo(1);
        assertThat(suppliersOf(vendor)).hasSize(4);
    }

    @Test
    void shouldAskForCountriesAndUncertainMatchesThenImportWithTheDecisions() {
        HbomFiles.Bom bom = HbomFiles.server("server-ax2.cdx.xml");
        long vendor = vendor();
        String board = bom.name("Kaohsiung Board Works Co., Ltd.");
        char last = board.charAt(board.length() - 1); // one letter changed: random words may end in a double letter
        String lookalike = board.substring(0, board.length() - 1) + (last == 'q' ? 'x' : 'q');
        long stored = Fixtures.create("/api/organizations", Map.of("name", lookalike, "kind", "CONTRACT_MANUFACTURER",
                "hqCountry", "VN", "ownership", "PRIVATE"));

        JsonPath report = preview(vendor, bom.bytes()).statusCode(200).body("format", equalTo("XML"))
                .body("specVersion", equalTo("1.5")).body("components", equalTo(5)).extract().jsonPath();
        String boardKey = report.getString("organizations.find { it.name == '" + board + "' }.key");
        assertThat(report.getString("organizations.find { it.name == '" + board + "' }.match")).isEqualTo("UNCERTAIN");
        assertThat(report.getList("organizations.find { it.name == '" + board + "' }.candidates.id", Long.class))
                .containsExactly(stored);
        assertThat(report.getString("links.find { it.key == 'components[1]' }.criticality"))
                .as("custody:criticality property").isEqualTo("HIGH");
        List<String> needed = report.getList("decisionsNeeded.field", String.class);
        assertThat(needed).contains("decisions.organizations[" + boardKey + "]").hasSize(5);
        assertThat(needed.stream().filter(f -> f.endsWith(".hqCountry"))).hasSize(4);

        post(vendor, bom.bytes(), "server.xml", false, null).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("nothing was imported"))
                .body("errors.field", hasItem("decisions.organizations[" + boardKey + "]"));
        assertThat(suppliersOf(vendor)).isEmpty();

        StringBuilder decisions = new StringBuilder("{\"organizations\": {\"" + boardKey + "\": {\"organizationId\": "
                + stored + "}");
        for (String field : needed) {
            if (field.endsWith(".hqCountry")) {
                String key = field.substring("decisions.organizations[".length(), field.length() - "].hqCountry".length());
                decisions.append(", \"").append(key).append("\": {\"create\": true, \"hqCountry\": \"tw\"}");
            }
        }
        decisions.append("}, \"links\": {\"components[0]\": {\"share\": 0.75}}}");
        post(vendor, bom.bytes(), "server.xml", false, decisions.toString()).statusCode(201)
                .body("organizationsCreated", equalTo(4)).body("linksCreated", equalTo(5));
        assertThat(suppliersOf(vendor)).anySatisfy(l -> assertThat(l).containsEntry("supplierId", (int) stored)
                .containsEntry("share", 0.75f));
        assertThat(stored(board)).as("the look-alike was used, not created").isZero();
        given().get("/api/organizations/" + idOf(bom.name("Velsund Networks Ltd."))).then().body("hqCountry",
                equalTo("TW"));
    }

    @Test
    void shouldRefuseDecisionsThatDoNotFitTheBom() {
        HbomFiles.Bom bom = HbomFiles.server(SERVER);
        long vendor = vendor();
        post(vendor, bom.bytes(), "bom", true, "{not json").statusCode(400).body("errors[0].field", equalTo("decisions"));
        post(vendor, bom.bytes(), "bom", false, "{\"organizations\": {\"nobody here\": {\"create\": true}}, "
                + "\"links\": {\"components[0]\": {\"share\": 1.5}, \"components[9]\": {\"criticality\": \"HIGH\"}}}")
                .statusCode(422).body("errors.field", hasItems("decisions.organizations[nobody here]",
                        "decisions.links[components[0]].share", "decisions.links[components[9]]"));
        String key = preview(vendor, bom.bytes()).extract().path("organizations[0].key");
        post(vendor, bom.bytes(), "bom", false, "{\"organizations\": {\"" + key + "\": {\"organizationId\": 999999999}}}")
                .statusCode(422).body("errors.field", hasItem("decisions.organizations[" + key + "].organizationId"));
        String existing = given().get("/api/organizations/" + vendor).then().extract().path("name");
        String own = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [{\"type\": "
                + "\"device\", \"name\": \"Rail kit\", \"manufacturer\": {\"name\": \"" + existing.toUpperCase()
                + "\"}}]}";
        long other = vendor();
        String existingKey = preview(other, own.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .body("organizations[0].match", equalTo("EXISTING")).extract().path("organizations[0].key");
        post(other, own.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bom", false, "{\"organizations\": {\""
                + existingKey + "\": {\"create\": true, \"hqCountry\": \"SE\"}}}").statusCode(422)
                .body("errors.field", hasItem("decisions.organizations[" + existingKey + "].create"))
                .body("errors[0].message", containsString("exists already"));
        assertThat(suppliersOf(vendor)).isEmpty();
    }

    @Test
    void shouldRefuseABomWhoseNestingClosesACycle() {
        HbomFiles.Bom bom = HbomFiles.renamed("cycle.cdx.json", List.of("Cyclone Boards Ltd.", "Cyclone Silicon Inc."));
        long vendor = vendor();
        String boards = bom.name("Cyclone Boards Ltd.");
        String silicon = bom.name("Cyclone Silicon Inc.");

        post(vendor, bom.bytes(), "cycle.cdx.json", true, null).statusCode(422)
                .body("errors.field", equalTo(List.of("components[0].components[0].components[0]")))
                .body("errors[0].message", containsString("cycle"))
                .body("errors[0].message", containsString(silicon + " → " + boards + " → " + silicon));
        assertThat(stored(boards)).isZero();
    }

    @Test
    void shouldRefuseALinkThatWouldCloseACycleWithTheStoredNetwork() {
        HbomFiles.Bom bom = HbomFiles.server(SERVER);
        long vendor = vendor();
        post(vendor, bom.bytes(), "bom", false, null).statusCode(201);
        long nic = idOf(bom.name("Velsund Networks Ltd."));
        // The NIC maker's own BOM names the server vendor as the maker of one of its parts.
        String vendorName = given().get("/api/organizations/" + vendor).then().extract().path("name");
        String own = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [{\"type\": \"device\","
                + " \"name\": \"Adapter bracket\", \"manufacturer\": {\"name\": \"" + vendorName + "\"}}]}";
        post(nic, own.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bracket.json", true, null).statusCode(422)
                .body("errors[0].field", equalTo("components[0]"))
                .body("errors[0].message", containsString("cycle"));
    }

    @Test
    void shouldNameARestrictedManufacturerAndImportItForTheGateToBar() {
        HbomFiles.Bom bom = HbomFiles.renamed("restricted-manufacturer.cdx.json", List.of("Keelung Edge Boards Ltd."));
        long vendor = vendor();

        JsonPath report = preview(vendor, bom.bytes()).statusCode(200).extract().jsonPath();
        assertThat(report.getList("restrictedParties", Map.class)).singleElement().satisfies(hit -> assertThat(hit)
                .containsEntry("organization", "Hangzhou Hikvision Digital Technology Co., Ltd.")
                .containsEntry("exact", true)
                .containsEntry("party", "Hangzhou Hikvision Digital Technology Company"));
        assertThat(report.getString("restrictedParties[0].text")).contains("NDAA FY2019 Section 889")
                .contains("rejected");
        assertThat(report.getString("organizations.find { it.name == 'Hangzhou Hikvision Digital Technology Co., Ltd.' }"
                + ".hqCountry") + report.getString("organizations.find { it.name == 'Hangzhou Hikvision Digital "
                + "Technology Co., Ltd.' }.match")).as("the country named China, or the stored one")
                .isIn("CNNEW", "nullEXISTING");

        post(vendor, bom.bytes(), "appliance.cdx.json", false, null).statusCode(201)
                .body("restrictedParties[0].exact", equalTo(true));
        long board = idOf(bom.name("Keelung Edge Boards Ltd."));
        assertThat(suppliersOf(board)).singleElement().satisfies(l -> assertThat(l).containsEntry("supplierName",
                "Hangzhou Hikvision Digital Technology Co., Ltd."));
    }
}
