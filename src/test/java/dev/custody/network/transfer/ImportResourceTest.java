package dev.custody.network.transfer;

import static dev.custody.network.transfer.Workbooks.link;
import static dev.custody.network.transfer.Workbooks.organization;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** POST /api/imports: all-or-nothing imports, the row report, file errors, the template and roles. */
@QuarkusTest
class ImportResourceTest {

    static ValidatableResponse upload(byte[] content, String fileName) {
        return given().multiPart("file", fileName, content).post("/api/imports").then();
    }

    private static long idOf(String name) {
        JsonPath found = given().queryParam("q", name).get("/api/organizations").then().statusCode(200).extract().jsonPath();
        assertThat(found.getInt("total")).as("organizations named %s", name).isEqualTo(1);
        return found.getLong("items[0].id");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldImportOrganizationsAndLinksIncludingOneToAStoredOrganization() {
        String sfx = Workbooks.suffix();
        String stored = Fixtures.unique("Stored Fab " + sfx);
        Fixtures.create("/api/organizations", Map.of("name", stored, "kind", "COMPONENT_SUPPLIER", "hqCountry", "DE",
                "ownership", "PRIVATE"));
        String vendor = "Imported Vendor " + sfx;
        String assembler = "Imported Assembler " + sfx;
        String firmware = "Imported Firmware " + sfx;
        byte[] file = Workbooks.xlsx(
                List.of(organization(vendor, "VENDOR", "US"), organization(assembler, "contract manufacturer", "tw"),
                        organization(firmware, "FIRMWARE_HOUSE", "DE")),
                List.of(link(vendor, assembler, "Main board", 0.6), link(assembler.toUpperCase(), firmware, "BIOS", 1),
                        link(assembler, stored.toLowerCase(), "Memory chips", "40%")));

        upload(file, "network.xlsx").statusCode(201).contentType("application/json")
                .body("organizationsCreated", org.hamcrest.Matchers.is(3)).body("linksCreated", org.hamcrest.Matchers.is(3));

        assertThat(Fixtures.total("/api/organizations", "q", sfx)).isEqualTo(4);
        long assemblerId = idOf(assembler);
        given().queryParam("buyerId", assemblerId).get("/api/supply-links").then().statusCode(200)
                .body("items.supplierName", hasItems(firmware, stored)).body("items.share", hasItems(1.0f, 0.4f));
        given().queryParam("supplierId", assemblerId).get("/api/supply-links").then().statusCode(200)
                .body("items.buyerName", hasItem(vendor)).body("items.criticality", hasItem("CRITICAL"));
        given().get("/api/organizations/" + assemblerId).then().body("kind", org.hamcrest.Matchers.is("CONTRACT_MANUFACTURER"))
                .body("hqCountry", org.hamcrest.Matchers.is("TW")).body("tier", org.hamcrest.Matchers.is(2));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldListEveryBadRowAndSaveNothing() {
        String sfx = Workbooks.suffix();
        String good = "Good Row Vendor " + sfx;
        String x = "Cycle X " + sfx;
        String y = "Cycle Y " + sfx;
        byte[] file = Workbooks.xlsx(
                List.of(organization(good, "VENDOR", "US"), organization("Bad Country " + sfx, "VENDOR", "XX"),
                        organization("Bad Kind " + sfx, "SMUGGLER", "TW"), organization(good.toUpperCase(), "VENDOR", "US"),
                        organization(x, "CONTRACT_MANUFACTURER", "TW"), organization(y, "COMPONENT_SUPPLIER", "CN")),
                List.of(link(good, x, "Boards", 1.5), link(x, y, "Chips", 0.5), link(y, x, "Sub-assemblies", 0.5),
                        link(good, "Nobody " + sfx, "Cases", 0.2)));

        ValidatableResponse response = upload(file, "bad.xlsx").statusCode(422).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.is(422)).body("detail", containsString("nothing was imported"))
                .body("errors.field", hasItems("Organizations!row 3!hq_country", "Organizations!row 4!kind",
                        "Organizations!row 5!name", "Supply links!row 2!share", "Supply links!row 4!supplier",
                        "Supply links!row 5!supplier"));
        List<Map<String, Object>> rows = response.extract().jsonPath().getList("rows");
        assertThat(rows).hasSize(6);
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("sheet", "Organizations").containsEntry("row", 4)
                .containsEntry("column", "kind").extractingByKey("message").asString()
                .contains("SMUGGLER").contains("CONTRACT_MANUFACTURER"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("row", 5).containsEntry("column", "name")
                .extractingByKey("message").asString().contains("row 2"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("sheet", "Supply links").containsEntry("row", 4)
                .extractingByKey("message").asString().contains("cycle").contains(y + " → " + x + " → " + y));

        assertThat(Fixtures.total("/api/organizations", "q", sfx)).isZero();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseAnOrganizationThatAlreadyExists() {
        long id = Fixtures.organization(OrganizationKind.VENDOR);
        String name = given().get("/api/organizations/" + id).then().extract().path("name");
        String csv = "name,kind,hq_country,ownership\n" + name.toLowerCase() + ",VENDOR,US,PRIVATE\n";

        upload(csv.getBytes(StandardCharsets.UTF_8), "orgs.csv").statusCode(422)
                .body("rows[0].row", org.hamcrest.Matchers.is(2))
                .body("rows[0].message", containsString("already exists"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldImportAnOrganizationsCsvAndExportItWithFormulasDefused() throws IOException {
        String sfx = Workbooks.suffix();
        String formula = "=HYPERLINK(\"x\") " + sfx;
        String csv = "\uFEFFOwnership,Name,HQ Country,Kind,Parent_Company,parent_country\r\n"
                + "FOREIGN_OWNED,\"" + formula.replace("\"", "\"\"") + "\",TW,distributor,Parent Co,JP\r\n"
                + "private,Plain Csv Org " + sfx + ",de,VENDOR,,\r\n";

        upload(csv.getBytes(StandardCharsets.UTF_8), "organizations.csv").statusCode(201)
                .body("organizationsCreated", org.hamcrest.Matchers.is(2)).body("linksCreated", org.hamcrest.Matchers.is(0));
        assertThat(idOf("Plain Csv Org " + sfx)).isPositive();

        String export = given().get("/api/exports/organizations.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("organizations.csv"))
                .extract().asString();
        List<List<String>> records = CsvParsing.records(export);
        assertThat(records.get(0)).containsExactlyElementsOf(ImportTable.ORGANIZATIONS.headers());
        assertThat(records).anySatisfy(r -> assertThat(r).containsExactly("'" + formula, "DISTRIBUTOR", "TW",
                "FOREIGN_OWNED", "Parent Co", "JP", ""));
        assertThat(records).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Plain Csv Org " + sfx));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldImportALinksCsvBetweenStoredOrganizationsAndExportIt() {
        String buyer = given().get("/api/organizations/" + Fixtures.organization(OrganizationKind.VENDOR)).then()
                .extract().path("name");
        String supplier = given().get("/api/organizations/" + Fixtures.organization(OrganizationKind.FIRMWARE_HOUSE)).then()
                .extract().path("name");
        String csv = "buyer,supplier,item,item_kind,share,criticality\n" + buyer + "," + supplier + ",BMC firmware,FIRMWARE,0.25,high\n";

        upload(csv.getBytes(StandardCharsets.UTF_8), "links.csv").statusCode(201).body("linksCreated", org.hamcrest.Matchers.is(1));
        upload(csv.getBytes(StandardCharsets.UTF_8), "links.csv").statusCode(422)
                .body("rows[0].column", org.hamcrest.Matchers.is("item"));

        String export = given().get("/api/exports/supply-links.csv").then().statusCode(200).extract().asString();
        assertThat(CsvParsing.records(export)).anySatisfy(r -> assertThat(r)
                .containsExactly(buyer, supplier, "BMC firmware", "FIRMWARE", "0.25", "HIGH"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseRandomBytesNamedXlsxWithAClearMessage() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        upload(noise, "network.xlsx").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not an Excel .xlsx workbook"));

        byte[] fakeZip = "PK\u0003\u0004 this is not really a zip archive".getBytes(StandardCharsets.ISO_8859_1);
        upload(fakeZip, "network.xlsx").statusCode(400).body("detail", containsString("not an Excel .xlsx workbook"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseFilesThatAreNotImportsAtAll() {
        upload("name;kind;hq_country\n".getBytes(StandardCharsets.UTF_8), "orgs.csv").statusCode(400)
                .body("detail", containsString("comma"));
        upload("name,kind,hq_country,ownership,colour\nA,VENDOR,US,PRIVATE,red\n".getBytes(StandardCharsets.UTF_8),
                "orgs.csv").statusCode(400).body("detail", containsString("unknown columns colour"));
        upload(new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28}, "orgs.csv").statusCode(400)
                .body("detail", containsString("not UTF-8"));
        upload("hello".getBytes(StandardCharsets.UTF_8), "notes.txt").statusCode(400)
                .body("detail", containsString(".xlsx"));
        given().multiPart("other", "x").post("/api/imports").then().statusCode(400)
                .body("detail", containsString("\"file\""));
    }

    @Test
    @TestSecurity(user = "executive", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldForbidAnExecutiveToImportButLetThemExport() {
        upload(Workbooks.xlsx(List.of(), List.of()), "network.xlsx").statusCode(403);
        given().get("/api/exports/supply-links.csv").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldOfferATemplateWhoseExampleRowsImport() throws IOException {
        byte[] template = given().get("/api/imports/template").then().statusCode(200)
                .contentType(Downloads.XLSX).extract().asByteArray();
        String sfx = Workbooks.suffix();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet("Organizations")).isNotNull();
            assertThat(workbook.getSheet("Supply links")).isNotNull();
            assertThat(workbook.getSheet("Read me")).isNotNull();
            assertThat(workbook.getSheet("Organizations").getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(workbook.getSheet("Organizations").getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("VENDOR"));
            assertThat(workbook.getSheet("Supply links").getDataValidations()).hasSize(3);
            renameExamples(workbook.getSheet("Organizations"), sfx, 1);
            renameExamples(workbook.getSheet("Supply links"), sfx, 2);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            upload(out.toByteArray(), "template.xlsx").statusCode(201)
                    .body("organizationsCreated", org.hamcrest.Matchers.is(2)).body("linksCreated", org.hamcrest.Matchers.is(1));
        }
    }

    /** Gives the template's example organizations unique names, so that the test can run more than once. */
    private static void renameExamples(Sheet sheet, String sfx, int nameColumns) {
        for (Row row : sheet) {
            for (int i = 0; row.getRowNum() > 0 && i < nameColumns; i++) {
                Cell cell = row.getCell(i);
                if (cell.getCellType() == CellType.STRING) {
                    cell.setCellValue(cell.getStringCellValue() + " " + sfx);
                }
            }
        }
    }
}
