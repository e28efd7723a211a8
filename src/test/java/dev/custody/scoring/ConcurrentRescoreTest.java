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

import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Edits of different suppliers of one buyer, in concurrent requests, leave the buyer as a full rescore would. */
@QuarkusTest
class ConcurrentRescoreTest {
    private static final int SUPPLIERS = 6;
    private static final int EDITS = 4;

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

        List<Callable<Void>> edits = new ArrayList<>();
        for (long supplier : suppliers) {
            edits.add(() -> {
                for (int k = 0; k < EDITS; k++) {
                    create("/api/incidents", incident(supplier, 1.0 + k, "CONFIRMED", today()));
                }
                return null;
            });
        }
        // Supply-link writes take the network lock first, then the score lock: they must not deadlock with the rest.
        edits.add(() -> {
            for (long id : links) {
                JsonPath current = given().get("/api/supply-links/" + id).then().statusCode(200).extract().jsonPath();
                put("/api/supply-links/" + id, Map.of("buyerId", buyer, "supplierId", current.getLong("supplierId"),
                        "item", current.getString("item"), "itemKind", "ASSEMBLY", "share", 1.0,
                        "criticality", "CRITICAL"), current.getLong("version")).statusCode(200);
            }
            return null;
        });
        runTogether(edits);

        JsonPath incrementalBuyer = scoreOf(buyer);
        JsonPath incrementalVendor = scoreOf(vendor);
        assertThat(incrementalBuyer.getDouble("inherited")).isGreaterThan(before).isLessThan(100.0);
        given().post("/api/scores/rescore").then().statusCode(200).body("changed", is(0));
        for (var pair : List.of(Map.entry(buyer, incrementalBuyer), Map.entry(vendor, incrementalVendor))) {
            JsonPath full = scoreOf(pair.getKey());
            for (String field : List.of("own", "pEff", "inherited")) {
                assertThat(pair.getValue().getDouble(field)).as(field + " of " + pair.getKey())
                        .isCloseTo(full.getDouble(field), within(1e-9));
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
