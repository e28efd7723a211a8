package dev.custody.hbom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Fixtures;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.SupplyLink;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HBOM page from the profile: upload, preview with the decisions beside each company, confirm, download. */
@QuarkusTest
class HbomPagesTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input type=\"(?:hidden|text)\"[^>]*?name=\"([^\"]+)\"[^>]*?"
            + "value=\"([^\"]*)\"[^>]*>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>",
            Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected=\"selected\"");
    private static final Pattern ACTION = Pattern.compile("action=\"(/organizations/\\d+/hbom/\\d+)\"");

    /** A vendor stored directly: page tests are signed in for pages, not for the API. */
    static long vendor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.name = Fixtures.unique("Page HBOM Vendor");
            o.kind = OrganizationKind.VENDOR;
            o.hqCountry = "SE";
            o.ownership = Ownership.PRIVATE;
            o.persist();
            return o.id;
        });
    }

    static List<BigDecimal> shares(long buyerId) {
        return QuarkusTransaction.requiringNew().call(() -> SupplyLink.<SupplyLink>list("buyer.id", buyerId).stream()
                .map(l -> l.share).toList());
    }

    private record Page(String cookie, String csrf, String html) {
    }

    private static Page open(long organizationId) {
        Response page = given().accept("text/html").get("/organizations/" + organizationId + "/hbom");
        page.then().statusCode(200).body(containsString("Hardware BOM of"));
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        return new Page(page.getCookie("custody-csrf"), csrf.group(1), page.asString());
    }

    private static Response upload(Page page, long organizationId, byte[] bom, String fileName) {
        return given().accept("text/html").cookie("custody-csrf", page.cookie()).multiPart("_csrf", page.csrf())
                .multiPart("file", fileName, bom).post("/organizations/" + organizationId + "/hbom");
    }

    /** What a browser would post: every hidden and text field, and each select's selected option. */
    static Map<String, String> fields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            fields.put(input.group(1), input.group(2).replace("&amp;", "&").replace("&quot;", "\""));
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            fields.put(select.group(1), selected.find() ? selected.group(1) : "");
        }
        return fields;
    }

    private static Response confirm(Page page, String html, Map<String, String> fields) {
        Matcher action = ACTION.matcher(html);
        assertThat(action.find()).as("confirmation form").isTrue();
        return given().accept("text/html").redirects().follow(false).cookie("custody-csrf", page.cookie())
                .formParams(fields).post(action.group(1));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldPreviewAskForTheMissingDecisionsBesideEachCompanyAndImportOnceGiven() {
        HbomFiles.Bom bom = HbomFiles.server("server-ax2.cdx.xml");
        long vendor = vendor();
        Page page = open(vendor);

        String preview = upload(page, vendor, bom.bytes(), "server.cdx.xml").then().statusCode(200)
                .body(containsString("Review the hardware BOM for"))
                .body(containsString(bom.name("Kaohsiung Board Works Co., Ltd.")))
                .body(containsString("AX2 system board › Baseboard management controller › BMC firmware"))
                .body(containsString("Choose the country…")).body(containsString("Nothing has been saved yet."))
                .extract().asString();
        Map<String, String> fields = fields(preview);
        assertThat(fields).containsEntry("org.0.choice", "create").containsEntry("link.0.criticality", "CRITICAL")
                .containsEntry("link.4.criticality", "HIGH").containsEntry("link.0.share", "1");

        String refused = confirm(page, preview, fields).then().statusCode(422)
                .body(containsString("Nothing was imported."))
                .body(containsString("choose the country of its headquarters"))
                .body(containsString("aria-invalid=\"true\"")).extract().asString();
        assertThat(shares(vendor)).isEmpty();

        Map<String, String> decided = fields(refused);
        decided.replaceAll((name, value) -> name.endsWith(".country") ? "TW" : value);
        decided.put("link.0.share", "80%");
        decided.put("_csrf", page.csrf());
        confirm(page, refused, decided).then().statusCode(303)
                .header("Location", containsString("/organizations/" + vendor + "?saved=1#subtiers"));

        given().accept("text/html").get("/organizations/" + vendor).then().statusCode(200)
                .body(containsString(bom.name("Kaohsiung Board Works Co., Ltd.")))
                .body(containsString("href=\"/organizations/" + vendor + "/hbom\""))
                .body(containsString("href=\"/organizations/" + vendor + "/hbom/download?format=json\""));
        assertThat(shares(vendor)).containsExactlyInAnyOrder(new BigDecimal("0.8000"), new BigDecimal("1.0000"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldListTheProblemsOfARefusedFileWithTheirPlaceInTheBom() {
        long vendor = vendor();
        Page page = open(vendor);
        upload(page, vendor, HbomFiles.raw("invalid-schema.cdx.json"), "bad.json").then().statusCode(422)
                .body(containsString("<code>components[0].type</code>")).body(containsString("Nothing was imported."))
                .body(containsString("File: bad.json."));
        upload(page, vendor, HbomFiles.raw("xxe.cdx.xml"), "xxe.xml").then().statusCode(422)
                .body(containsString("DOCTYPE")).body(not(containsString("root:")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseAnUploadWithoutTheCsrfFieldAndAConfirmationOfAnUnknownUpload() {
        long vendor = vendor();
        given().accept("text/html").multiPart("file", "b.json", HbomFiles.raw(HbomImportTest.SERVER))
                .post("/organizations/" + vendor + "/hbom").then().statusCode(403);
        Page page = open(vendor);
        given().accept("text/html").cookie("custody-csrf", page.cookie()).formParam("_csrf", page.csrf())
                .post("/organizations/" + vendor + "/hbom/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldLetEveryReaderDownloadButOnlyEditorsImport() {
        long vendor = vendor();
        given().accept("text/html").get("/organizations/" + vendor).then().statusCode(200)
                .body(containsString("/hbom/download?format=xml")).body(not(containsString("Import hardware BOM")));
        given().get("/organizations/" + vendor + "/hbom/download?format=xml").then().statusCode(200)
                .contentType(containsString("application/vnd.cyclonedx+xml"))
                .body(containsString("http://cyclonedx.org/schema/bom/1.6"));
        given().accept("text/html").get("/organizations/" + vendor + "/hbom").then().statusCode(403);
    }
}
