package dev.custody.gating.standing;

import static dev.custody.gating.GatingApi.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ReportDataCollector;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One verdict per vendor: for every demo vendor the standing on the vendor list, the profile banner, the dashboard, the
 * executive report data and the API are the same, and a new purchase request at the vendor's engagement (its
 * criticality, yearly units and unit price) is decided the way the standing says.
 */
@QuarkusTest
class StandingConsistencyTest {
    private static final String ENGAGEMENTS = "data-seeds/demo/demo-engagements.json";
    private static final String NETWORK = "data-seeds/demo/demo-network.json";

    @Inject
    ReportDataCollector collector;

    @Test
    @TestSecurity(user = "executive", roles = {Roles.EXECUTIVE, Roles.PROCUREMENT})
    void shouldShowTheSameStandingOnListProfileDashboardReportApiAndGate() throws IOException {
        JsonNode network = read(NETWORK);
        JsonNode engagements = read(ENGAGEMENTS);
        ExecutiveReportData report = collector.executive("executive", Instant.now(), null);
        String dashboard = given().accept("text/html").get("/dashboard").then().statusCode(200).extract()
                .asString();
        int vendors = 0;
        int onDashboard = 0;
        for (JsonNode engagement : engagements.get("engagements")) {
            String name = name(network, engagement.get("organization").asText());
            long id = QuarkusTransaction.requiringNew()
                    .call(() -> Organization.<Organization>find("name", name).singleResult().id);
            JsonPath api = StandingResourceTest.standing(id);
            Standing standing = Standing.valueOf(api.getString("standing"));
            String badge = "badge standing standing-" + standing.slug();

            String list = given().accept("text/html").queryParam("q", name).get("/vendors").then().statusCode(200)
                    .extract().asString();
            assertThat(row(list, "/organizations/" + id + "\"")).as(name + " on the vendor list").contains(badge);
            String profile = given().accept("text/html").get("/organizations/" + id).then().statusCode(200).extract()
                    .asString();
            assertThat(section(profile, "id=\"standing\"")).as(name + " on its profile").contains(badge);
            assertThat(report.standings().of(id).standing()).as(name + " in the executive report")
                    .isEqualTo(standing.name());
            if (report.topVendors().stream().anyMatch(t -> t.id() == id)) {
                assertThat(row(dashboard, "/organizations/" + id + "\"")).as(name + " on the dashboard")
                        .contains(badge);
                onDashboard++;
            }

            JsonPath decision = submit("buyer", Map.of("vendorId", id, "item", "Standing check",
                    "quantity", engagement.get("unitsPerYear").asInt(),
                    "unitPrice", engagement.get("unitPrice").decimalValue(),
                    "criticality", engagement.get("criticality").asText())).statusCode(201).extract().jsonPath();
            assertThat(gate(decision)).as(name + " at the gate").isEqualTo(standing);
            vendors++;
        }
        assertThat(vendors).isEqualTo(7);
        assertThat(onDashboard).as("demo vendors among the dashboard's top vendors").isPositive();
        assertThat(section(dashboard, "id=\"money-at-risk\"")).as("money at risk, compact with its currency")
                .containsPattern(report.currency() + " \\d+(\\.\\d)? [kMB]");
        assertThat(dashboard.substring(dashboard.indexOf("id=\"decisions\""))).as("each decision a link")
                .containsPattern("<li><a href=\"/(organizations|economics|purchase-requests)/");
    }

    /** The standing a new decision gives: barred when a legal block fired, otherwise its outcome. */
    private static Standing gate(JsonPath decision) {
        boolean legal = decision.getList("decision.rules.rule", String.class).stream()
                .anyMatch(r -> r.equals("restricted-party") || r.equals("embargoed-country"));
        return legal ? Standing.BARRED : Standing.valueOf(decision.getString("decision.outcome"));
    }

    /** The table row (tr) of the page's first table body containing the marker. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker, Math.max(0, html.indexOf("<tbody")));
        assertThat(at).as(marker).isNotNegative();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static String section(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return html.substring(at, html.indexOf("</section>", at));
    }

    private static String name(JsonNode network, String key) {
        for (JsonNode o : network.get("organizations")) {
            if (o.get("key").asText().equals(key)) {
                return o.get("name").asText();
            }
        }
        throw new IllegalStateException(key);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = StandingConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
