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
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits of different suppliers of one buyer, in concurrent transactions, leave the buyer as a full rescore would. */
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
            Thread[] secondThread = new Thread[1];
            Future<?> secondEdit = pool.submit(() -> {
                secondThread[0] = Thread.currentThread();
                QuarkusTransaction.requiringNew().run(() -> incidents.create(incidentInput(second)));
            });
            waitUntilBlocked(secondThread);
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
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // Longer than H2's lock timeout: what a full rescore of a large network takes.
            Future<?> longRescore = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                lock.acquire();
                locked.countDown();
                sleep(5000);
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            create("/api/incidents", incident(org, 5.0, "CONFIRMED", today()));
            longRescore.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(scoreOf(org).getDouble("incident")).isPositive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** Waits until the thread waits for a lock (the score lock, or without it the buyer's score row), or 3 s. */
    private static void waitUntilBlocked(Thread[] thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            Thread t = thread[0];
            if (t != null && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                    && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.h2"))) {
                return;
            }
            Thread.sleep(10);
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
            runTogether(edits);
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

    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> running = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            running.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        try {
            for (Future<Void> task : running) {
                task.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
