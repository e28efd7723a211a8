package dev.custody.network.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The import page: CSRF on the upload, the row report, the success summary and the download links. */
@QuarkusTest
class ImportPagesTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Csrf(String cookie, String field) {
    }

    private static Csrf csrf() {
        Response page = given().accept("text/html").get("/import");
        page.then().statusCode(200).body(containsString("accept=\".xlsx,.csv\""))
                .body(containsString("href=\"/import/template.xlsx\"")).body(containsString("href=\"/exports/organizations.csv\""))
                .body(containsString("href=\"/exports/supply-links.csv\""));
        Matcher field = CSRF_FIELD.matcher(page.asString());
        assertThat(field.find()).as("hidden _csrf field").isTrue();
        return new Csrf(page.getCookie("custody-csrf"), field.group(1));
    }

    private static io.restassured.response.ValidatableResponse post(Csrf csrf, String fileName, String content) {
        return given().accept("text/html").cookie("custody-csrf", csrf.cookie()).multiPart("_csrf", csrf.field())
                .multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8)).post("/import").then();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseAnUploadWithoutTheCsrfField() {
        given().accept("text/html").multiPart("file", "orgs.csv", "name,kind,hq_country,ownership\n".getBytes())
                .post("/import").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowTheRowErrorsWith422AndSayNothingWasImported() {
        String csv = "name,kind,hq_country,ownership\nPage Org " + Workbooks.suffix() + ",VENDOR,ZZ,PRIVATE\n";

        post(csrf(), "orgs.csv", csv).statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Nothing was imported.")).body(containsString("<td>Organizations</td>"))
                .body(containsString("<td>2</td>")).body(containsString("<td>hq_country</td>"))
                .body(containsString("&quot;ZZ&quot; is not a known country code"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldSummariseASuccessfulImport() {
        String csv = "name,kind,hq_country,ownership\nPage Org " + Workbooks.suffix() + ",VENDOR,US,PRIVATE\n";

        post(csrf(), "orgs.csv", csv).statusCode(200).body(containsString("1 organization and no supply links imported."));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldExplainAMalformedFileWith400() {
        post(csrf(), "network.xlsx", "just text").statusCode(400).body(containsString("not an Excel .xlsx workbook"))
                .body(containsString("Nothing was imported."));
    }

    @Test
    @TestSecurity(user = "procurement", roles = Roles.PROCUREMENT)
    void shouldLetEveryRoleDownloadTheExportsButOnlyEditorsSeeTheImportPage() {
        given().accept("text/html").get("/import").then().statusCode(403);
        given().get("/exports/organizations.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("name,kind,hq_country,ownership,parent_company,parent_country,description"));
        given().get("/import/template.xlsx").then().statusCode(200).contentType(Downloads.XLSX);
    }
}
