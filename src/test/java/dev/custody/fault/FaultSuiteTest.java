package dev.custody.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16's fault suite: two instances of the packaged PostgreSQL jar on one private PostgreSQL (Cluster). kill -9
 * of the instance generating a report (queued, then synchronous): no report stays RUNNING past the lease, the other
 * instance takes the queued one over and fails the synchronous one with the reason; kill -9 during a bulk import:
 * all or nothing; a PostgreSQL restart under a bounded write load through both instances: every acknowledged write
 * is there afterwards, the stored scores equal a full rescore, every error answered during the outage is a problem.
 * Run with {@code ./mvnw -B test -Pfault} after building target/fault-app (see Cluster); .ci/run does both.
 */
@Tag("fault")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {
    /** Leases of the suite: short, so that it takes minutes, not the production 30 s per kill. */
    static final Duration STALE = Duration.ofSeconds(10);
    static final Duration SWEEP = Duration.ofSeconds(2);
    /** Kill to settled: the lease lapses, the next sweep acts, a little slack for a loaded machine. */
    static final Duration SETTLED_WITHIN = STALE.plus(SWEEP.multipliedBy(2)).plusSeconds(10);

    @RegisterExtension
    static final Cluster CLUSTER = Cluster.builder().instances(2)
            // A network big enough that an executive report takes seconds (killed mid-way), small enough to seed fast.
            .property("custody.seed.synthetic-organizations", "3000")
            .property("custody.seed.synthetic-links", "12000")
            .property("custody.demo-users.bcrypt-cost", "4")
            .property("custody.leases.heartbeat", "PT2S")
            .property("custody.leases.stale-after", "PT" + STALE.toSeconds() + "S")
            .property("custody.leases.sweep", "PT" + SWEEP.toSeconds() + "S")
            .build();

    @Test
    @Order(1)
    void shouldTakeOverAQueuedReportWhenTheInstanceGeneratingItIsKilled() {
        AppInstance a = CLUSTER.instance(0);
        AppInstance b = CLUSTER.instance(1);
        long id = a.as("executive").contentType(ContentType.JSON).body(Map.of("kind", "EXECUTIVE", "format", "xlsx"))
                .post("/api/reports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath running = awaitReport(b, id, r -> "RUNNING".equals(r.getString("status")), Duration.ofMinutes(1));
        String owner = running.getString("instance");

        a.kill9();
        Instant killed = Instant.now();

        JsonPath takenOver = awaitReport(b, id, r -> !owner.equals(r.getString("instance")), SETTLED_WITHIN);
        Duration settled = Duration.between(killed, Instant.now());
        System.out.printf("Fault suite: queued report taken over %.1f s after kill -9 (stale after %d s)%n",
                settled.toMillis() / 1000.0, STALE.toSeconds());
        assertThat(settled).isLessThanOrEqualTo(SETTLED_WITHIN);
        assertThat(takenOver.getInt("attempts")).isEqualTo(2);
        JsonPath done = awaitReport(b, id, r -> !List.of("QUEUED", "RUNNING").contains(r.getString("status")),
                Duration.ofMinutes(3));
        assertThat(done.getString("status")).isEqualTo("DONE");
        b.as("executive").get("/api/reports/" + id + "/file").then().statusCode(200);
        a.start(CLUSTER.startTimeout());
    }

    @Test
    @Order(2)
    void shouldFailAReportARequestWaitedForWhenItsInstanceIsKilledWithTheReason() {
        AppInstance a = CLUSTER.instance(0);
        AppInstance b = CLUSTER.instance(1);
        long before = newestReport(b);
        CompletableFuture<Integer> waiting = status(() -> a.as("executive").get("/api/reports/executive?format=pdf"));
        long id = awaitNewReport(b, before, Duration.ofMinutes(1));
        awaitReport(b, id, r -> "RUNNING".equals(r.getString("status")), Duration.ofMinutes(1));
        assertThat(waiting).as("still generating when killed").isNotDone();

        a.kill9();
        Instant killed = Instant.now();

        JsonPath failed = awaitReport(b, id, r -> !List.of("QUEUED", "RUNNING").contains(r.getString("status")),
                SETTLED_WITHIN);
        Duration settled = Duration.between(killed, Instant.now());
        System.out.printf("Fault suite: synchronous report failed %.1f s after kill -9 (stale after %d s)%n",
                settled.toMillis() / 1000.0, STALE.toSeconds());
        assertThat(settled).isLessThanOrEqualTo(SETTLED_WITHIN);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).startsWith("Stopped: the instance generating it (")
                .contains("stopped answering", "the request waiting for the file ended with it");
        assertThat(waiting.join()).as("the request died with its instance").isEqualTo(-1);
        b.as("executive").get("/api/reports/" + id + "/file").then().statusCode(410);
        assertThat(b.as("executive").get("/api/reports?limit=500").then().extract().jsonPath()
                .<String>getList("status")).doesNotContain("RUNNING", "QUEUED");
        a.start(CLUSTER.startTimeout());
    }

    @Test
    @Order(3)
    void shouldImportAllOrNothingWhenTheImportingInstanceIsKilled() {
        AppInstance a = CLUSTER.instance(0);
        AppInstance b = CLUSTER.instance(1);
        String prefix = "Fault import " + UUID.randomUUID().toString().substring(0, 8);
        int rows = 15_000;
        StringBuilder csv = new StringBuilder("name,kind,hq_country,ownership\n");
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(' ').append(i).append(",COMPONENT_SUPPLIER,DE,PRIVATE\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Integer> upload = status(() -> a.as("analyst")
                .multiPart("file", "organizations.csv", file, "text/csv").post("/api/imports"));
        PrivatePostgres.sleep(Duration.ofMillis(1500));
        assertThat(upload).as("the import still running when killed (make it bigger if not)").isNotDone();

        a.kill9();

        int stored = b.as("analyst").queryParam("q", prefix).queryParam("size", 1).get("/api/organizations").then()
                .statusCode(200).extract().jsonPath().getInt("total");
        assertThat(stored).as("organizations of the killed import").isIn(0, rows);
        System.out.printf("Fault suite: import killed mid-way, %d of %d rows stored%n", stored, rows);
        a.start(CLUSTER.startTimeout());
    }

    @Test
    @Order(4)
    void shouldKeepEveryAcknowledgedWriteThroughAPostgresRestartAndAnswerEveryErrorAsAProblem() throws Exception {
        Writers writers = new Writers(CLUSTER.instances(), 4);
        writers.start();
        PrivatePostgres.sleep(Duration.ofSeconds(8));
        int beforeOutage = writers.acknowledged.size();

        CLUSTER.postgres().restart(Duration.ofSeconds(12));

        PrivatePostgres.sleep(Duration.ofSeconds(15));
        writers.stop();
        System.out.printf("Fault suite: %d writes acknowledged (%d before the outage), %d errors%n",
                writers.acknowledged.size(), beforeOutage, writers.errors.size());

        assertThat(beforeOutage).as("writes before the outage").isPositive();
        assertThat(writers.acknowledged.size()).as("writes after the outage").isGreaterThan(beforeOutage);
        assertThat(writers.errors).as("the outage was felt").isNotEmpty();
        assertThat(writers.errors).as("every error response is a problem").allSatisfy(error ->
                assertThat(error.contentType()).as(error.toString()).startsWith("application/problem+json"));
        assertThat(writers.transportFailures.get()).as("no connection refused or cut").isZero();
        AppInstance reader = CLUSTER.instance(1);
        for (Writers.Ack ack : writers.acknowledged) {
            String field = ack.path().startsWith("/api/incidents") ? "title" : "name";
            assertThat(reader.as("analyst").get(ack.path() + "/" + ack.id()).then().statusCode(200).extract()
                    .jsonPath().getString(field)).as(ack.toString()).isEqualTo(ack.text());
        }
        int changed = reader.as("admin").post("/api/scores/rescore").then().statusCode(200).extract().jsonPath()
                .getInt("changed");
        assertThat(changed).as("stored scores equal a full rescore").isZero();
    }

    /** The status of a request sent in the background; -1 when its instance was killed under it. */
    private static CompletableFuture<Integer> status(Supplier<Response> request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.get().statusCode();
            } catch (Exception connectionCut) {
                return -1;
            }
        });
    }

    private static JsonPath awaitReport(AppInstance on, long id, Predicate<JsonPath> condition, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        JsonPath last = null;
        while (Instant.now().isBefore(until)) {
            last = on.as("executive").get("/api/reports/" + id).then().statusCode(200).extract().jsonPath();
            if (condition.test(last)) {
                return last;
            }
            PrivatePostgres.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("report " + id + " not as expected within " + timeout + ": "
                + (last == null ? "" : last.prettify()));
    }

    private static long newestReport(AppInstance on) {
        List<Long> ids = on.as("executive").get("/api/reports?limit=1").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        return ids.isEmpty() ? 0 : ids.get(0);
    }

    private static long awaitNewReport(AppInstance on, long after, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            long newest = newestReport(on);
            if (newest > after) {
                return newest;
            }
            PrivatePostgres.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("no new report within " + timeout);
    }

    /** A bounded write load: threads alternating between the instances, each write waiting for its answer. */
    static final class Writers {
        record Ack(String path, long id, String text) {
        }

        record Error(String request, int status, String contentType, String body) {
        }

        final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Error> errors = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicInteger transportFailures = new java.util.concurrent.atomic.AtomicInteger();
        private final List<AppInstance> instances;
        private final ExecutorService threads;
        private final int count;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String auth = "Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(
                StandardCharsets.UTF_8));

        Writers(List<AppInstance> instances, int count) {
            this.instances = instances;
            this.count = count;
            this.threads = Executors.newFixedThreadPool(count);
        }

        void start() {
            for (int i = 0; i < count; i++) {
                AppInstance target = instances.get(i % instances.size());
                threads.submit(() -> write(target));
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        private void write(AppInstance target) {
            while (running.get()) {
                String name = "Fault write " + UUID.randomUUID();
                Long organization = post(target, "/api/organizations", String.format("{\"name\":\"%s\",\"kind\":"
                        + "\"COMPONENT_SUPPLIER\",\"hqCountry\":\"DE\",\"ownership\":\"PRIVATE\"}", name), name);
                if (organization != null) {
                    String title = "Fault incident " + UUID.randomUUID();
                    post(target, "/api/incidents", String.format("{\"organizationId\":%d,\"occurredOn\":\"%s\","
                            + "\"category\":\"HARDWARE_IMPLANT\",\"severity\":5,\"status\":\"ALLEGED\",\"title\":\"%s\","
                            + "\"sourceReference\":\"fault suite\"}", organization, LocalDate.now(), title), title);
                }
                PrivatePostgres.sleep(Duration.ofMillis(50));
            }
        }

        /** The new record's id when the write was acknowledged (201), else null with the error recorded. */
        private Long post(AppInstance target, String path, String json, String text) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    long id = JsonPath.from(response.body()).getLong("id");
                    acknowledged.add(new Ack(path, id, text));
                    return id;
                }
                errors.add(new Error("POST " + path + " on " + target.name(), response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body()));
            } catch (java.io.IOException e) {
                transportFailures.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }
}
