package dev.custody.reports;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's data are computed once per revision of what they show: looks without a change reuse them, an edit
 * makes them stale (the page says so and shows their age) and they are recomputed in the background.
 */
@QuarkusTest
class DashboardCacheTest {
    @Inject
    DashboardCache cache;

    @Test
    @TestSecurity(user = "admin", roles = {Roles.ADMIN, Roles.EXECUTIVE}, authMechanism = "basic")
    void reusesTheDataUntilAnEditAndRecomputesThemInTheBackground() throws InterruptedException {
        String first = dashboard();
        assertThat(first).contains("Figures as of")
                .as("the figures' age in words, not a machine timestamp")
                .containsPattern("Figures as of \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}");
        DashboardCache.Shown computed = fresh();
        assertThat(computed.stale()).isFalse();

        // Looks without a change get the very same data.
        assertThat(dashboard()).contains("Figures as of").doesNotContain("being included");
        DashboardCache.Shown again = cache.get();
        assertThat(again.stale()).isFalse();
        assertThat(again.data()).isSameAs(computed.data());

        // An edit (a new supplier's incident rescoring the network) makes them stale, shown with their age.
        long supplier = organization(OrganizationKind.COMPONENT_SUPPLIER, "CN");
        create("/api/incidents", Map.of("organizationId", supplier, "occurredOn",
                LocalDate.now(ZoneOffset.UTC).toString(), "category", "HARDWARE_IMPLANT", "severity", 8.0, "status",
                "CONFIRMED", "title", "Implant", "sourceReference", "Test"));
        String stale = dashboard();
        assertThat(stale).contains("changes made since then are being included");

        DashboardCache.Shown recomputed = fresh();
        assertThat(recomputed.data()).isNotSameAs(computed.data());
        assertThat(recomputed.computedAt()).isAfterOrEqualTo(computed.computedAt());
        assertThat(dashboard()).doesNotContain("being included");
    }

    private static String dashboard() {
        return given().accept("text/html").get("/dashboard").then().statusCode(200).extract().asString();
    }

    /** Waits (at most a minute: the report data take seconds under load) until the cached data are current. */
    private DashboardCache.Shown fresh() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            DashboardCache.Shown shown = cache.get();
            if (!shown.stale()) {
                return shown;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dashboard's data were not recomputed within a minute");
    }
}
