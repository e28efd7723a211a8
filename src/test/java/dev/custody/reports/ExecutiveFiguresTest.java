package dev.custody.reports;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.custody.network.InsiderFactor;
import dev.custody.network.OrganizationKind;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.Change;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.scoring.Band;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures of the executive report that need the real database: "change since the last report" across two real
 * snapshots (one vendor of our own moves from low to critical between them, and the second snapshot's change line says
 * exactly that, against the first snapshot's numbers), and the gating outcomes counted from the decisions in force.
 */
@QuarkusTest
class ExecutiveFiguresTest {
    @Inject
    ReportService reports;
    @Inject
    ReportDataCollector collector;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldCompareTheNewSnapshotWithThePreviousOne() {
        // A German vendor assessed at best on every factor: own score 0.35 x G(DE) only, low.
        long vendor = organization(OrganizationKind.VENDOR, "DE");
        Map<String, Object> ratings = new HashMap<>();
        for (InsiderFactor f : InsiderFactor.values()) {
            ratings.put(f.name(), 0);
        }
        create("/api/assessments", Map.of("organizationId", vendor, "assessor", "Test", "assessedOn", today().toString(),
                "factors", ratings));
        put("/api/organizations/" + vendor + "/engagement", Map.of("unitsPerYear", 100, "unitPrice", 5000,
                "currency", "USD", "criticality", "HIGH", "estimates", List.of(Map.of("scenario", "hardware-implant",
                        "lossLow", 100_000, "lossHigh", 5_000_000))), null).statusCode(201);
        waitForQueuedReports();

        generate(); // an older snapshot: "previous" is the latest before the new one, not any earlier one
        ReportSnapshot firstSnapshot = generate();
        ExecutiveReportData first = (ExecutiveReportData) reports.data(firstSnapshot.id);
        // A confirmed hardware implant of severity 10 today: H = 100 x 1.0 x 0.95 = 95 >= 90, so own >= 75: critical.
        create("/api/incidents", Map.of("organizationId", vendor, "occurredOn", today().toString(),
                "category", "HARDWARE_IMPLANT", "severity", 10, "status", "CONFIRMED", "title", "Implant found",
                "sourceReference", "Test"));
        ExecutiveReportData second = (ExecutiveReportData) reports.data(generate().id);

        VendorLine before = line(first, vendor);
        VendorLine after = line(second, vendor);
        assertThat(before.band()).isEqualTo(Band.LOW);
        assertThat(after.band()).isEqualTo(Band.CRITICAL);
        assertThat(after.ale()).isGreaterThan(before.ale());

        Change change = second.summary().change();
        assertThat(change.previousSnapshotId()).isEqualTo(firstSnapshot.id);
        assertThat(change.previousGeneratedAt()).isEqualTo(first.generatedAt());
        // Only our vendor moved: one worse, none better, LOW -1 and CRITICAL +1.
        assertThat(change.vendorsWorse()).isEqualTo(1);
        assertThat(change.vendorsBetter()).isZero();
        assertThat(change.byBandDelta()).containsExactly(new BandCount(Band.LOW, -1), new BandCount(Band.MEDIUM, 0),
                new BandCount(Band.HIGH, 0), new BandCount(Band.CRITICAL, 1));
        // Only our vendor's ALE changed: the total moved by its change, and by the two totals' difference.
        assertThat(change.totalAleDelta()).isCloseTo(after.ale() - before.ale(), within(0.011));
        assertThat(change.totalAleDelta()).isCloseTo(second.summary().totalAle() - first.summary().totalAle(),
                within(0.001));
        assertThat(change.p99Delta()).isCloseTo(second.summary().p99() - first.summary().p99(), within(0.001));
    }

    /*
     * Three purchase requests of our own, counted by the outcome in force:
     *   a low vendor at low criticality: approve                                  -> approved +1
     *   a critical vendor at critical criticality: reject                         -> rejected +1
     *   the same again, then overridden to approve by an approver (not the buyer) -> approved +1, overrides +1
     * The overridden request counts once, by its override's outcome; its rejection is no longer in force.
     */
    @Test
    void shouldCountGateOutcomesInForceAndOverrides() {
        ExecutiveReportData.Gating before = collector.executive("test", java.time.Instant.now(), null).gating();
        long low = vendor(false);
        long critical = vendor(true);
        long approved = request(low, "LOW", "APPROVE");
        long rejected = request(critical, "CRITICAL", "REJECT");
        long overridden = request(critical, "CRITICAL", "REJECT");
        as("approver").body(Map.of("outcome", "APPROVE", "justification", "Bought under the board's exception"))
                .post("/api/purchase-requests/" + overridden + "/override").then().statusCode(200);

        ExecutiveReportData.Gating after = collector.executive("test", java.time.Instant.now(), null).gating();
        assertThat(after.approved() - before.approved()).isEqualTo(2);
        assertThat(after.approvedWithConditions() - before.approvedWithConditions()).isZero();
        assertThat(after.rejected() - before.rejected()).isEqualTo(1);
        assertThat(after.overrides() - before.overrides()).isEqualTo(1);
        Map<Long, ExecutiveReportData.GateLine> lines = new HashMap<>();
        after.decisions().forEach(l -> lines.put(l.requestId(), l));
        assertThat(lines.get(approved).outcome()).isEqualTo("APPROVE");
        assertThat(lines.get(approved).override()).isFalse();
        assertThat(lines.get(rejected).outcome()).isEqualTo("REJECT");
        assertThat(lines.get(overridden).outcome()).isEqualTo("APPROVE");
        assertThat(lines.get(overridden).override()).isTrue();
        assertThat(lines.get(overridden).decidedBy()).isEqualTo("approver");
        assertThat(after.decisions()).hasSize(before.decisions().size() + 3);
    }

    /** A vendor in Germany assessed at best today; a confirmed implant of severity 10 makes it critical. */
    private static long vendor(boolean critical) {
        long id = as("analyst").body(Map.of("name", dev.custody.network.Fixtures.unique("Counted vendor"),
                "kind", "VENDOR", "hqCountry", "DE", "ownership", "PRIVATE")).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> ratings = new HashMap<>();
        for (InsiderFactor f : InsiderFactor.values()) {
            ratings.put(f.name(), 0);
        }
        as("analyst").body(Map.of("organizationId", id, "assessor", "Test", "assessedOn", today().toString(),
                "factors", ratings)).post("/api/assessments").then().statusCode(201);
        if (critical) {
            as("analyst").body(Map.of("organizationId", id, "occurredOn", today().toString(),
                    "category", "HARDWARE_IMPLANT", "severity", 10, "status", "CONFIRMED", "title", "Implant found",
                    "sourceReference", "Test")).post("/api/incidents").then().statusCode(201);
        }
        return id;
    }

    private static long request(long vendor, String criticality, String outcome) {
        var answer = as("buyer").body(Map.of("vendorId", vendor, "item", "Edge servers", "quantity", 10,
                "unitPrice", 4000, "criticality", criticality)).post("/api/purchase-requests").then()
                .statusCode(201).extract().jsonPath();
        assertThat(answer.getString("decision.outcome")).isEqualTo(outcome);
        return answer.getLong("id");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return io.restassured.RestAssured.given().auth().preemptive()
                .basic(user, dev.custody.security.DemoUsers.DEMO_PASSWORD).contentType("application/json");
    }

    private ReportSnapshot generate() {
        ReportSnapshot s = reports.generate(new ReportRequest(ReportKind.EXECUTIVE, null, "xlsx"), "admin", "test");
        assertThat(s.status).as(s.error).isEqualTo(ReportSnapshot.Status.DONE);
        return s;
    }

    /** Reports other tests queued in the background would otherwise finish between ours and become "previous". */
    private static void waitForQueuedReports() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> ReportSnapshot.count("status in ?1",
                        List.of(ReportSnapshot.Status.QUEUED, ReportSnapshot.Status.RUNNING)) == 0));
    }

    private static VendorLine line(ExecutiveReportData data, long vendor) {
        return data.vendors().stream().filter(v -> v.id() == vendor).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
