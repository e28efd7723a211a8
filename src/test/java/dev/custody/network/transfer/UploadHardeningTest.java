package dev.custody.network.transfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile uploads over HTTP, for every upload of the API: a zip bomb named .xlsx, text named .xlsx, a workbook where
 * CSV is expected, files over the limits, and a request body over the server's limit. Each gets a clear 4xx
 * problem naming the field, and nothing is saved.
 */
@QuarkusTest
class UploadHardeningTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void shouldRefuseAZipBombDisguisedAsAWorkbook() throws IOException {
        byte[] bomb = Zips.bomb();
        assertThat(bomb.length).as("packed size").isLessThan(300_000);
        Response response = asAnalyst().multiPart("file", "suppliers.xlsx", bomb, XLSX).post("/api/imports");
        assertFileRefused(response, "zip bomb");
    }

    @Test
    void shouldRefuseTextNamedXlsx() {
        byte[] text = "name,kind\nFake Co,VENDOR\n".getBytes(StandardCharsets.UTF_8);
        Response response = asAnalyst().multiPart("file", "suppliers.xlsx", text, XLSX).post("/api/imports");
        assertFileRefused(response, "");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAnImportCsvOverTheLimit() {
        byte[] big = ("name,kind,hq_country\n" + "x".repeat(5_300_000)).getBytes(StandardCharsets.UTF_8);
        Response response = asAnalyst().multiPart("file", "organizations.csv", big, "text/csv").post("/api/imports");
        assertFileRefused(response, "");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldRefuseAnIndicatorCsvOverTheLimitAndAWorkbookPosingAsCsv() throws IOException {
        byte[] big = ("iso2,value\n" + "DE,1\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        assertFileRefused(asAdmin().multiPart("file", "cpi.csv", big, "text/csv").multiPart("name", "hostile-big")
                .multiPart("direction", "HIGHER_IS_RISKIER").multiPart("weight", "0").post("/api/country-indicators"), "KB");
        assertFileRefused(asAdmin().contentType("text/csv").body(big).queryParam("name", "hostile-big")
                .queryParam("direction", "HIGHER_IS_RISKIER").queryParam("weight", "0").post("/api/country-indicators"), "KB");
        assertFileRefused(asAdmin().multiPart("file", "cpi.csv", Zips.bomb(), "text/csv").multiPart("name", "hostile-zip")
                .multiPart("direction", "HIGHER_IS_RISKIER").multiPart("weight", "0").post("/api/country-indicators"),
                "not CSV");
        asAdmin().get("/api/country-indicators/hostile-big").then().statusCode(404);
        asAdmin().get("/api/country-indicators/hostile-zip").then().statusCode(404);
    }

    @Test
    void shouldAnswer413ProblemForABodyOverTheServerLimit() throws IOException {
        // The server answers as soon as it sees the declared length and closes the connection, so a client that
        // keeps sending gets a broken pipe: announce 13 MB, send nothing, and read the answer.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String request = "POST /api/organizations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 13 * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readUntilClosedOrQuiet(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + Problem.MEDIA_TYPE)
                    .contains("\"status\":413").contains("12 MB");
        }
    }

    private static String readUntilClosedOrQuiet(Socket socket) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = socket.getInputStream().read(buffer); n > 0 && read.size() < 8192; n = socket.getInputStream().read(buffer)) {
                read.write(buffer, 0, n);
                if (read.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // whatever arrived is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static void assertFileRefused(Response response, String detail) {
        assertThat(response.statusCode()).as(response.asString()).isBetween(400, 499).isNotIn(401, 403, 404);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        List<String> fields = response.jsonPath().getList("errors.field");
        assertThat(fields).containsExactly("file");
        assertThat(response.jsonPath().getString("detail")).contains(detail);
    }

    private static io.restassured.specification.RequestSpecification asAnalyst() {
        return given().auth().preemptive().basic("analyst", "demo");
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "demo");
    }
}
