package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.unique;
import static dev.custody.scoring.ScoreResourceTest.assessment;
import static dev.custody.scoring.ScoreResourceTest.incident;
import static dev.custody.scoring.ScoreResourceTest.link;
import static dev.custody.scoring.ScoreResourceTest.today;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warm scoring engine against the database it mirrors: after edits through the API, rows written around the
 * services, a country's facts changed in SQL and another instance's change (a score_change row of another instance),
 * every score the engine serves equals a graph built afresh from the database with the bulk JDBC loader, and a start
 * on unchanged data writes no score.
 */
@QuarkusTest
class WarmEngineTest {
    @Inject
    ScoringEngine engine;
    @Inject
    ScoreService scores;
    @Inject
    FactsLoader loader;
    @Inject
    ScoringModelService models;
    @Inject
    DataSource dataSource;

    /** Other tests write rows around the services; each test starts from a full rescore that picks them up. */
    @BeforeEach
    void startFromAFullRescore() {
        scores.rescoreAll();
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void warmScoresEqualAFreshBuildAfterEditsRowsAroundTheServicesAndCountryChanges() throws SQLException {
        long buyer = organization(OrganizationKind.VENDOR, "US");
        long supplier = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        long deep = organization(OrganizationKind.COMPONENT_SUPPLIER, "FR");
        link(buyer, supplier, "Board", "HIGH", 0.6);
        link(supplier, deep, "Chip", "CRITICAL", 1.0);
        create("/api/assessments", assessment(supplier, 2, 4, 3));
        create("/api/incidents", incident(deep, 6.5, "CONFIRMED", today().minusDays(20)));
        assertWarmEqualsFresh();

        // An organization and its link inserted around the services: a full rescore finds them.
        long inserted = insertOrganization(unique("Inserted supplier"), "FR");
        execute("insert into supply_link (buyer_id, supplier_id, item, item_kind, share, criticality, version) "
                + "values (" + deep + ", " + inserted + ", 'Wafer', 'ASSEMBLY', 1.0, 'CRITICAL', 0)");
        double before = inherited(buyer);
        ScoreService.RescoreResult full = scores.rescoreAll();
        assertThat(full.reloaded()).as("rows added around the services make the full rescore rebuild").isTrue();
        NodeScore insertedScore = engine.read(g -> g.score(inserted));
        assertThat(insertedScore).isNotNull();
        List<Facts.SupplierLink> deepLinks = engine.read(g -> g.linksOf(deep));
        assertThat(deepLinks).extracting(Facts.SupplierLink::supplierId).contains(inserted);
        assertThat(inherited(buyer)).as("the inserted unknown supplier raises the buyer").isGreaterThan(before);
        assertWarmEqualsFresh();

        // A country's facts changed in SQL: the next full rescore stays warm and picks them up.
        Integer cpi = queryInt("select cpi_score from country where iso2 = 'FR'");
        Integer law = queryInt("select case when intelligence_law is null then null when intelligence_law then 1 "
                + "else 0 end from country where iso2 = 'FR'");
        try {
            double deepBefore = engine.read(g -> g.score(deep)).geography();
            execute("update country set cpi_score = 5, intelligence_law = true where iso2 = 'FR'");
            ScoreService.RescoreResult warm = scores.rescoreAll();
            assertThat(warm.reloaded()).as("nothing was added or deleted: the graph stays warm").isFalse();
            assertThat(engine.read(g -> g.score(deep)).geography()).isGreaterThan(deepBefore);
            assertWarmEqualsFresh();
        } finally {
            execute("update country set cpi_score = " + cpi + ", intelligence_law = "
                    + (law == null ? "null" : law == 1 ? "true" : "false") + " where iso2 = 'FR'");
            scores.rescoreAll();
        }
        assertWarmEqualsFresh();

        // A start on data that did not change writes nothing.
        assertThat(scores.start()).isZero();
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void anotherInstancesChangeShowsHereWithinASecond() throws SQLException {
        long buyer = organization(OrganizationKind.VENDOR, "US");
        long supplier = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        link(buyer, supplier, "Board", "CRITICAL", 1.0);
        double before = inherited(buyer);
        long revision = engine.revision();

        // What another instance commits: the facts, its scores, and a change row naming the organization.
        execute("insert into incident (organization_id, occurred_on, category, severity, status, title, "
                + "source_reference, version) values (" + supplier + ", current_date, 'HARDWARE_IMPLANT', 9.5, "
                + "'CONFIRMED', 'Implant found by the other instance', 'Test', 0)");
        execute("insert into score_change (organization_id, instance, changed_at) values (" + supplier
                + ", 'another-instance', current_timestamp)");
        within(Duration.ofSeconds(1), () -> inherited(buyer) > before);
        assertThat(engine.revision()).isGreaterThan(revision);
        Facts.Organization seen = engine.read(g -> g.organization(supplier));
        assertThat(seen.incidents()).extracting(Facts.Incident::title)
                .contains("Implant found by the other instance");
        ScoredOrganization explained = engine.read(g -> g.explain(supplier));
        assertThat(explained).as("the explanation served here is the one a fresh build gives")
                .isEqualTo(fresh().explain(supplier));
        assertWarmEqualsFresh();

        // Another instance rebuilt its graph (the daily rescore): this one rebuilds too and finds rows it never saw.
        long inserted = insertOrganization(unique("Seeded elsewhere"), "CN");
        execute("insert into score_change (organization_id, instance, changed_at, reload) values (null, "
                + "'another-instance', current_timestamp, true)");
        within(Duration.ofSeconds(2), () -> engine.read(g -> g.score(inserted)) != null);
        assertWarmEqualsFresh();
    }

    /** Every score the engine serves equals the score of a graph built from the database now. */
    private void assertWarmEqualsFresh() {
        ScoringGraph fresh = fresh();
        Map<Long, NodeScore> warm = new HashMap<>();
        engine.read(g -> {
            for (long id : g.ids()) {
                warm.put(id, g.score(id));
            }
            return null;
        });
        Map<Long, NodeScore> expected = new HashMap<>();
        for (long id : fresh.ids()) {
            expected.put(id, fresh.score(id));
        }
        assertThat(warm.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, score) -> assertThat(warm.get(id)).as("organization %d", id).isEqualTo(score));
    }

    /** Waits until the condition holds, failing when it does not within the time given. */
    private static void within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the change showed within %s", limit).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private ScoringGraph fresh() {
        return QuarkusTransaction.requiringNew().call(() -> ScoringGraph.of(loader.all(), models.active().model(),
                engine.today()));
    }

    private double inherited(long id) {
        return engine.read(g -> g.score(id)).inherited();
    }

    private long insertOrganization(String name, String country) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into organization (name, kind, hq_country, ownership, created_at, updated_at, version) "
                        + "values (?, 'COMPONENT_SUPPLIER', ?, 'PRIVATE', current_timestamp, current_timestamp, 0)",
                new String[] {"id"})) {
            insert.setString(1, name);
            insert.setString(2, country);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private Integer queryInt(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql);
                ResultSet r = statement.executeQuery()) {
            r.next();
            int value = r.getInt(1);
            return r.wasNull() ? null : value;
        }
    }
}
