package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.scoring.ScoreResourceTest.assessment;
import static dev.custody.scoring.ScoreResourceTest.incident;
import static dev.custody.scoring.ScoreResourceTest.link;
import static dev.custody.scoring.ScoreResourceTest.scoreOf;
import static dev.custody.scoring.ScoreResourceTest.today;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.InsiderFactor;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score API names what each contribution is about, by id and code, not only in words. */
@QuarkusTest
class ContributionRefsResourceTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldReferToTheSupplyLinkSupplierIncidentAssessmentAndSite() {
        long vendor = organization(OrganizationKind.VENDOR, "US");
        long maker = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        long link = link(vendor, maker, "Mainboard assembly", "CRITICAL", 1.0);
        long assessment = create("/api/assessments", assessment(maker, 1));
        long incident = create("/api/incidents", incident(maker, 9.0, "DISPUTED", today()));
        long site = create("/api/sites", Map.of("organizationId", maker, "name", "Line 2", "country", "TW",
                "city", "Taoyuan", "activities", List.of("BOARD_ASSEMBLY")));

        JsonPath v = scoreOf(vendor);
        Map<String, Object> supplier = first(v.getList("contributions.inherited"), "SUPPLIER");
        assertThat(number(supplier, "id")).isEqualTo(link);
        assertThat(number(supplier, "organizationId")).isEqualTo(maker);
        assertThat(v.getList("contributions.own.ref.code")).containsExactlyInAnyOrder("GEOGRAPHY", "INSIDER", "INCIDENT");
        assertThat(v.getLong("drivingPath[0].id")).isEqualTo(maker);

        JsonPath m = scoreOf(maker);
        Map<String, Object> disputed = first(m.getList("contributions.incident"), "INCIDENT");
        assertThat(number(disputed, "id")).isEqualTo(incident);
        assertThat(ref(disputed)).containsEntry("code", "DISPUTED");
        assertThat(m.getList("contributions.insider.ref.id", Number.class)).extracting(Number::longValue)
                .containsOnly(assessment);
        assertThat(m.getList("contributions.insider.ref.code", String.class)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(InsiderFactor.values()).map(Enum::name).toList());
        Map<String, Object> line = first(m.getList("contributions.geography"), "SITE");
        assertThat(number(line, "id")).isEqualTo(site);
        assertThat(ref(line)).containsEntry("code", "TW");
    }

    private static Map<String, Object> first(List<Map<String, Object>> contributions, String kind) {
        return contributions.stream().filter(c -> kind.equals(c.get("kind"))).findFirst().orElseThrow();
    }

    private static long number(Map<String, Object> contribution, String field) {
        return ((Number) ref(contribution).get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ref(Map<String, Object> contribution) {
        return (Map<String, Object>) contribution.get("ref");
    }
}
