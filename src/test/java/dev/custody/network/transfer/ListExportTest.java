package dev.custody.network.transfer;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The CSV and xlsx exports of the vendor and network lists: same rows and order as the page, formula-safe. */
@QuarkusTest
class ListExportTest {

    private static String token() {
        return "Lx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldExportTheVendorsRiskiestFirstWithLabelsInWords() {
        byte[] body = given().queryParam("format", "csv").get("/api/exports/vendors").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"vendors-"))
                .extract().asByteArray();
        List<List<String>> rows = CsvParsing.records(new String(body, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("Name", "Kind", "HQ country", "Tier", "Own score", "Inherited score",
                "Risk band", "Updated (UTC)");
        List<List<String>> vendors = rows.subList(1, rows.size());
        assertThat(vendors).hasSizeGreaterThanOrEqualTo(7).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("Vendor"));
        List<Double> inherited = vendors.stream().filter(r -> !r.get(5).isEmpty())
                .map(r -> Double.valueOf(r.get(5))).toList();
        assertThat(inherited).hasSizeGreaterThanOrEqualTo(7).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(vendors).anySatisfy(r -> assertThat(r).startsWith("Halvard Systems Inc.", "Vendor",
                "United States (US)", "1"));
        assertThat(vendors).allSatisfy(r -> assertThat(r.get(6)).isIn("Low", "Medium", "High", "Critical", ""));
        assertThat(vendors).allSatisfy(r -> assertThat(r.get(7)).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldKeepTheFiltersAndQuoteWhatASpreadsheetWouldRunAsAFormula() throws IOException {
        String token = token();
        String risky = "=HYPERLINK(\"http://x\") " + token;
        create("/api/organizations", Map.of("name", risky, "kind", "COMPONENT_SUPPLIER", "hqCountry", "TW",
                "ownership", "PRIVATE"));
        create("/api/organizations", Map.of("name", "Plain " + token, "kind", "FIRMWARE_HOUSE", "hqCountry", "DE",
                "ownership", "PRIVATE"));

        String csv = given().queryParam("format", "csv").queryParam("q", token).get("/api/exports/network").then()
                .statusCode(200).extract().asString();
        List<List<String>> rows = CsvParsing.records(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("'" + risky, "Component supplier", "Taiwan (TW)");
        assertThat(rows.get(2)).startsWith("Plain " + token, "Firmware house", "Germany (DE)");

        byte[] xlsx = given().queryParam("format", "xlsx").queryParam("q", token).queryParam("sort", "-name")
                .get("/api/exports/network").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Network");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            Row first = sheet.getRow(1);
            Row second = sheet.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Plain " + token);
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo(risky);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
        }
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void shouldRefuseAFormatOrFilterItCannotReadNamingTheField() {
        problem(given().queryParam("format", "pdf").get("/api/exports/vendors").then(), 400, "format");
        problem(given().get("/api/exports/network").then(), 400, "format");
        problem(given().queryParam("format", "csv").queryParam("tier", "two").get("/api/exports/network").then(), 400,
                "tier");
        problem(given().queryParam("format", "csv").queryParam("sort", "colour").get("/api/exports/vendors").then(), 400,
                "sort");
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldOfferTheButtonsOnTheListPagesWithTheirFilters() {
        String vendors = given().accept("text/html").queryParam("q", "sys").get("/vendors").then().statusCode(200)
                .extract().asString();
        assertThat(vendors).contains("href=\"/vendors/export?format=csv&amp;q=sys\"",
                "href=\"/vendors/export?format=xlsx&amp;q=sys\"");
        // Dates on the page in words ("7 Dec 2026"), the machine form only in the time element's attribute.
        assertThat(vendors).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{1,2} [A-Z][a-z]{2} \\d{4}</time>")
                .doesNotContainPattern(">\\s*\\d{4}-\\d{2}-\\d{2}\\s*<");
        String network = given().accept("text/html").queryParam("kind", "vendor").queryParam("sort", "-own")
                .get("/organizations").then().statusCode(200).extract().asString();
        assertThat(network).contains("href=\"/organizations/export?format=csv&amp;kind=vendor&amp;sort=-own\"");
        given().queryParam("format", "xlsx").queryParam("q", "sys").get("/vendors/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
    }
}
