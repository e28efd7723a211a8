package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.put;
import static dev.custody.scoring.ScoreResourceTest.assessment;
import static dev.custody.scoring.ScoreResourceTest.incident;
import static dev.custody.scoring.ScoreResourceTest.link;
import static dev.custody.scoring.ScoreResourceTest.scoreOf;
import static dev.custody.scoring.ScoreResourceTest.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentInput;
import dev.custody.network.IncidentService;
import dev.custody.network.IncidentStatus;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edits of different suppliers of one buyer, in concurrent transactions, leave the buyer as a full rescore would. Each
 * test makes the interleaving it is about happen and checks in the database that it did (a session waiting for the
 * score lock), on H2 and on PostgreSQL; it fails, rather than carries on, when the interleaving does not happen.
 */
@QuarkusTest
class ConcurrentRescoreTest {
    @Inject
    IncidentService incidents;
    @Inject
    TransactionManager transactions;
    @Inject
    ScoreService scores;
    @Inject
    ScoreLock lock;
    @Inject
    DataSource dataSource;

    /** Other tests write records around the services; each check below starts from a full rescore. */
    @BeforeEach
    void startFromAFullRescore() {
        scores.rescoreAll();
    }

    /**
     * The interleaving that left a buyer one edit stale: the first edit has rescored the buyer but not committed
     * when the second edit rescores it; the first commits, then the second, from a snapshot without the first.
     */
    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldRescoreASharedBuyerFromWhatAnEarlierConcurrentEditCommitted() throws Exception {
        long vendor = organization(OrganizationKind.VENDOR, "US");
        long buyer = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        link(vendor, buyer, "Server board", "CRITICAL", 1.0);
        long first = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        long second = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        for (long org : List.of(vendor, buyer, first, second)) {
            create("/api/assessments", assessment(org, 0));
        }
        link(buyer, first, "Chips", "CRITICAL", 1.0);
        link(buyer, second, "Firmware", "CRITICAL", 1.0);
        CountDownLatch firstRescored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstEdit = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                incidents.create(incidentInput(first));
                pauseAfterTheRescore(firstRescored, release);
            }));
            assertThat(firstRescored.await(2, TimeUnit.MINUTES)).isTrue();
            Future<?> secondEdit = pool.submit(() -> QuarkusTransaction.requiringNew()
                    .run(() -> incidents.create(incidentInput(second))));
            awaitWaitingForTheScoreLock(1, "the second edit, behind the first one's uncommitted rescore");
            assertThat(secondEdit).as("the second edit waits while the first is not committed").isNotDone();
            release.countDown();
            firstEdit.get(2, TimeUnit.MINUTES);
            secondEdit.get(2, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertSameAsAFullRescore(0, buyer, vendor);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetAnEditWaitForALongRescoreRatherThanFail() throws Exception {
        long org = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> longRescore = holdTheScoreLock(pool, locked, release);
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            Future<?> edit = pool.submit(() -> create("/api/incidents", incident(org, 5.0, "CONFIRMED", today())));
            awaitWaitingForTheScoreLock(1, "the edit, behind the long rescore");
            // Longer than H2's lock timeout (about 2 s): what a full rescore of a large network takes.
            Thread.sleep(5000);
            assertThat(edit).as("the edit neither failed nor went ahead while the rescore held the lock").isNotDone();
            awaitWaitingForTheScoreLock(1, "the edit, still behind the long rescore after 5 s");
            release.countDown();
            edit.get(1, TimeUnit.MINUTES);
            longRescore.get(1, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(scoreOf(org).getDouble("incident")).isPositive();
    }

    /** A transaction that takes the score lock, as a long full rescore does, and keeps it until released. */
    private Future<?> holdTheScoreLock(ExecutorService pool, CountDownLatch locked, CountDownLatch release) {
        return pool.submit(() -> QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            lock.acquire();
            locked.countDown();
            try {
                release.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    /** Holds the transaction after its rescore (registered before, it runs first) and before its commit. */
    private void pauseAfterTheRescore(CountDownLatch rescored, CountDownLatch release) {
        try {
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    rescored.countDown();
                    try {
                        release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing to undo.
                }
            });
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this many sessions wait for the score lock (row 2 of network_lock); fails after a minute. */
    private void awaitWaitingForTheScoreLock(int sessions, String who) {
        await(who + " waiting for the score lock").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> waitingForTheScoreLock() == sessions);
    }

    /**
     * Sessions of this database waiting for a row of network_lock: on H2 a session another one blocks, on
     * PostgreSQL a backend waiting for a lock, each executing a statement on network_lock.
     */
    private int waitingForTheScoreLock() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String sql = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                    ? "select count(*) from pg_stat_activity where datname = current_database() "
                            + "and wait_event_type = 'Lock' and lower(query) like '%network_lock%'"
                    : "select count(*) from information_schema.sessions where blocker_id is not null "
                            + "and lower(executing_statement) like '%network_lock%'";
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static IncidentInput incidentInput(long organization) {
        return new IncidentInput(organization, today(), IncidentCategory.HARDWARE_IMPLANT, new BigDecimal("8.0"),
                IncidentStatus.CONFIRMED, "Concurrent report", null, "Test", null);
    }

    private static final int SUPPLIERS = 6;
    private static final int ROUNDS = 3;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldScoreASharedBuyerFromEveryConcurrentEditOfItsSuppliers() throws Exception {
        long vendor = organization(OrganizationKind.VENDOR, "US");
        long buyer = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        link(vendor, buyer, "Server board", "CRITICAL", 1.0);
        List<Long> suppliers = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS; i++) {
            long supplier = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
            suppliers.add(supplier);
            links.add(link(buyer, supplier, "Part " + i, "CRITICAL", 0.9));
        }
        // Well-assessed organizations score low, so that every incident moves the buyer's score.
        for (long org : suppliers) {
            create("/api/assessments", assessment(org, 0));
        }
        create("/api/assessments", assessment(buyer, 0));
        create("/api/assessments", assessment(vendor, 0));
        double before = scoreOf(buyer).getDouble("inherited");

        // Rounds of one simultaneous edit per supplier (and of the links): the last commit of a round must have
        // read what the others committed, else the full rescore after the round finds the buyer stale.
        for (int round = 0; round < ROUNDS; round++) {
            List<Callable<Void>> edits = new ArrayList<>();
            double severity = 1.0 + round;
            for (long supplier : suppliers) {
                edits.add(() -> {
                    create("/api/incidents", incident(supplier, severity, "CONFIRMED", today()));
                    return null;
                });
            }
            // Supply-link writes take the network lock, then the score lock: they must not deadlock with the rest.
            long edited = links.get(round % links.size());
            edits.add(() -> {
                JsonPath current = given().get("/api/supply-links/" + edited).then().statusCode(200).extract()
                        .jsonPath();
                put("/api/supply-links/" + edited, Map.of("buyerId", buyer, "supplierId",
                        current.getLong("supplierId"), "item", current.getString("item"), "itemKind", "ASSEMBLY",
                        "share", 1.0, "criticality", "CRITICAL"), current.getLong("version")).statusCode(200);
                return null;
            });
            runBehindTheScoreLock(edits);
            assertSameAsAFullRescore(round, buyer, vendor);
        }
        assertThat(scoreOf(buyer).getDouble("inherited")).isGreaterThan(before).isLessThan(100.0);
    }

    private static void assertSameAsAFullRescore(int round, long... organizations) {
        List<JsonPath> incremental = new ArrayList<>();
        for (long org : organizations) {
            incremental.add(scoreOf(org));
        }
        given().post("/api/scores/rescore").then().statusCode(200).body("changed", is(0));
        for (int i = 0; i < organizations.length; i++) {
            JsonPath full = scoreOf(organizations[i]);
            for (String field : List.of("own", "pEff", "inherited")) {
                assertThat(incremental.get(i).getDouble(field)).as("%s of %d after round %d", field,
                        organizations[i], round).isCloseTo(full.getDouble(field), within(1e-9));
            }
        }
    }

    /**
     * Runs the edits at once while a rescore holds the score lock, waits until every one of them has written its fact
     * and waits for the lock (all uncommitted at the same time), then lets them rescore and commit one after another.
     */
    private void runBehindTheScoreLock(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size() + 1);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> holder = holdTheScoreLock(pool, locked, release);
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(pool.submit(task));
            }
            awaitWaitingForTheScoreLock(tasks.size(), "every edit of the round");
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
            for (Future<Void> task : running) {
                task.get(5, TimeUnit.MINUTES);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
