package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.custody.network.Organization;
import dev.custody.security.DemoUsers;
import dev.custody.security.FormSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Finding 5 of issue 16: a NUL or another control character in a query, a name, a title or any text field is
 * refused with 400 naming the field (on PostgreSQL a NUL gave 500), in the API and in forms, and nothing is saved;
 * every list a request carries is bounded (100,000 safeguardIds hit the database's parameter limit).
 */
@QuarkusTest
class HostileTextInputTest {
    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD);
    }

    private static Map<String, Object> organization(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "VENDOR");
        body.put("hqCountry", "US");
        body.put("ownership", "PRIVATE");
        return body;
    }

    @Test
    void shouldRefuseANulInASearchQueryNamingTheParameter() {
        analyst().queryParam("q", "Hal\u0000vard").get("/api/organizations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("q")).body("detail", containsString("U+0000"));
        FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD).request().queryParam("q", "Hal\u0000vard").get("/vendors")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("U+0000"));
        analyst().urlEncodingEnabled(false).get("/api/country-indicators/a%00b").then().statusCode(400)
                .body("errors.field", hasItem("path"));
    }

    @Test
    void shouldRefuseControlCharactersInNamesAndTitlesAndSaveNothing() {
        String name = "Nul Vendor " + UUID.randomUUID();
        analyst().contentType("application/json").body(organization(name + "\u0000")).post("/api/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
        analyst().contentType("application/json").body(organization(name + "\tTabbed")).post("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        analyst().contentType("application/json").body(organization(name + "\u001b[31m")).post("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        assertThat(count(name)).isZero();

        long org = analyst().contentType("application/json").body(organization(name)).post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("organizationId", org);
        incident.put("occurredOn", "2024-01-15");
        incident.put("category", "HARDWARE_IMPLANT");
        incident.put("severity", 9.5);
        incident.put("status", "ALLEGED");
        incident.put("title", "Implant\u0000 at rework");
        incident.put("sourceReference", "Trade press");
        analyst().contentType("application/json").body(incident).post("/api/incidents").then().statusCode(400)
                .body("errors.field", hasItem("title"));

        // Multi-line text keeps its line breaks and tabs; a NUL is refused there too.
        incident.put("title", "Implant at rework");
        incident.put("summary", "First line\r\n\tsecond line");
        analyst().contentType("application/json").body(incident).post("/api/incidents").then().statusCode(201)
                .body("summary", is("First line\r\n\tsecond line"));
        incident.put("summary", "First line\u0000");
        analyst().contentType("application/json").body(incident).post("/api/incidents").then().statusCode(400)
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void shouldRefuseAControlCharacterInAFormFieldNamingItAndSaveNothing() {
        FormSession browser = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        String name = "Form Nul " + UUID.randomUUID();
        Response response = browser.post("/organizations", browser.csrfFrom("/organizations/new"),
                Map.of("name", name + "\u0000", "kind", "VENDOR", "hqCountry", "US", "ownership", "PRIVATE"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("name").contains("U+0000");
        assertThat(countStartingWith(name)).isZero();
    }

    @Test
    void shouldRefuseAHundredThousandSafeguardIdsNamingTheField() {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 100_000; i++) {
            ids.add(i);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("probability", 0.05);
        body.put("lossLow", 100_000);
        body.put("lossHigh", 5_000_000);
        body.put("safeguardIds", ids);
        analyst().contentType("application/json").body(body).post("/api/economics/estimate").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("safeguardIds"))
                .body("detail", containsString("100000"));

        StringBuilder query = new StringBuilder("/api/organizations?size=5");
        for (int i = 0; i < 1001; i++) {
            query.append("&c=1");
        }
        analyst().get(query.toString()).then().statusCode(400).body("errors.field", hasItem("c"));
    }

    @Test
    void shouldTreatAUserNameWithANulAsAWrongPasswordNotAFailure() {
        given().auth().preemptive().basic("ad\u0000min", DemoUsers.DEMO_PASSWORD).get("/api/countries")
                .then().statusCode(401).contentType(PROBLEM);
    }

    private static long countStartingWith(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name like ?1", prefix + "%"));
    }

    private static long count(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name));
    }
}
