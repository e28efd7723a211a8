package dev.custody.reports;

import static dev.custody.network.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectMapper mapper;

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldStoreTheWorkbookAndAnswerTheIdenticalBytesAgain() {
        Response first = given().queryParam("format", "xlsx").get("/api/reports/executive");
        first.then().statusCode(200).contentType(XLSX);
        byte[] bytes = first.asByteArray();
        long id = Long.parseLong(first.header("X-Report-Snapshot"));
        assertThat(first.header("X-Report-Checksum")).isEqualTo(SnapshotCodec.sha256(bytes));
        byte[] again = given().get("/api/reports/" + id + "/file").then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(bytes);
        given().get("/api/reports/" + id).then().statusCode(200).body("status", is("DONE"))
                .body("progress", is(100)).body("generatedBy", is("exec")).body("kind", is("EXECUTIVE"))
                .body("checksum", is(SnapshotCodec.sha256(bytes))).body("sizeBytes", is(bytes.length));
        assertThat(given().get("/api/reports").then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .contains(id);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldRefuseAnUnknownFormatNamingIt() {
        problem(given().queryParam("format", "docx").get("/api/reports/executive").then(), 400, "format");
        problem(Fixtures.post("/api/reports", Map.of("kind", "VENDOR", "vendorId", 1, "format", "odt")), 400, "format");
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldQueueAGenerationAndShowItsProgressUntilDone() throws Exception {
        Response queued = given().contentType("application/json")
                .body(Map.of("kind", "EXECUTIVE", "format", "xlsx")).post("/api/reports");
        queued.then().statusCode(202).body("status", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "DONE"));
        long id = queued.jsonPath().getLong("id");
        assertThat(queued.header("Location")).endsWith("/api/reports/" + id);
        String status = "";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!status.equals("DONE") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().get("/api/reports/" + id).then().statusCode(200).extract().path("status");
            assertThat(status).isNotEqualTo("FAILED");
        }
        assertThat(status).isEqualTo("DONE");
        given().get("/api/reports/" + id + "/file").then().statusCode(200).contentType(XLSX);
    }

    @Test
    @TestSecurity(user = "proc", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void procurementDownloadsDossiersButNotTheExecutiveReportOrHistory() {
        given().get("/api/reports").then().statusCode(403);
        given().queryParam("format", "xlsx").get("/api/reports/executive").then().statusCode(403);
        long vendor = dev.custody.network.Organization.<dev.custody.network.Organization>find("kind",
                OrganizationKind.VENDOR).firstResult().id;
        given().queryParam("format", "xlsx").get("/api/reports/vendor/" + vendor).then().statusCode(200)
                .contentType(XLSX);
        problem(given().queryParam("format", "xlsx").get("/api/reports/vendor/999999999").then(), 404);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldReadBackInLibreOfficeWithTheSnapshotNumbersAndFormulaNamesAsText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)");
        for (String name : hostile) {
            Fixtures.create("/api/organizations", Map.of("name", name, "kind", "VENDOR", "hqCountry", "TW",
                    "ownership", "PRIVATE"));
        }
        Response file = given().queryParam("format", "xlsx").get("/api/reports/executive");
        file.then().statusCode(200);
        long id = Long.parseLong(file.header("X-Report-Snapshot"));
        ExecutiveReportData data = mapper.readValue(given().get("/api/reports/" + id + "/data").then().statusCode(200)
                .extract().asString(), ExecutiveReportData.class);
        Map<String, List<CSVRecord>> sheets = LibreOffice.sheets(file.asByteArray());

        Map<String, CSVRecord> rows = sheets.get("Vendors").stream().skip(1)
                .collect(Collectors.toMap(r -> r.get(0), r -> r, (a, b) -> a));
        assertThat(rows).hasSize(data.vendors().size());
        for (String name : hostile) {
            assertThat(rows).containsKey(name);
        }
        for (ExecutiveReportData.VendorLine v : data.vendors()) {
            CSVRecord row = rows.get(v.name());
            assertThat(row.get(5)).isEqualTo(v.band().name());
            assertThat(Double.parseDouble(row.get(4))).isCloseTo(v.inherited(), org.assertj.core.data.Offset.offset(1e-9));
            if (v.ale() != null) {
                assertThat(cents(row.get(7))).as(v.name()).isEqualTo(cents(v.ale()));
            }
        }
        Map<String, String> summary = sheets.get("Summary").stream().filter(r -> r.size() > 1)
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1), (a, b) -> a));
        String cur = " (" + data.currency() + ")";
        assertThat(cents(summary.get("Total annualised loss expectancy" + cur))).isEqualTo(cents(data.summary().totalAle()));
        assertThat(cents(summary.get("99th percentile annual loss" + cur))).isEqualTo(cents(data.summary().p99()));
        assertThat(sheets).containsKeys("Sub-tier links", "Custody legs", "Incidents", "Safeguard plan",
                "Gate decisions", "Methodology");
        assertThat(sheets.get("Sub-tier links")).hasSize(data.links().size() + 1);
        assertThat(sheets.get("Custody legs")).hasSize(data.legs().size() + 1);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRegenerateFromTheSnapshotWithTheSameNumbers() throws Exception {
        Response first = given().queryParam("format", "xlsx").get("/api/reports/executive");
        long id = Long.parseLong(first.header("X-Report-Snapshot"));
        // The network changes after the snapshot: a re-render must not see it.
        Fixtures.organization(OrganizationKind.VENDOR);
        long again = given().post("/api/reports/" + id + "/regenerate").then().statusCode(201)
                .body("sourceSnapshotId", is((int) id)).body("status", is("DONE")).extract().jsonPath().getLong("id");
        String before = given().get("/api/reports/" + id + "/data").then().statusCode(200).extract().asString();
        String after = given().get("/api/reports/" + again + "/data").then().statusCode(200).extract().asString();
        assertThat(mapper.readTree(after)).isEqualTo(mapper.readTree(before));
        Map<String, List<CSVRecord>> a = LibreOffice.sheets(first.asByteArray());
        Map<String, List<CSVRecord>> b = LibreOffice.sheets(given().get("/api/reports/" + again + "/file").then()
                .statusCode(200).extract().asByteArray());
        assertThat(values(b.get("Vendors"))).isEqualTo(values(a.get("Vendors")));
        assertThat(values(b.get("Summary"))).isEqualTo(values(a.get("Summary")));
    }

    private static List<List<String>> values(List<CSVRecord> rows) {
        return rows.stream().map(CSVRecord::toList).toList();
    }

    private static long cents(String value) {
        return Math.round(Double.parseDouble(value) * 100);
    }

    private static long cents(double value) {
        return Math.round(value * 100);
    }
}
