package dev.custody.gating.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.sun.net.httpserver.HttpServer;
import dev.custody.scoring.ScheduledRun;
import dev.custody.scoring.ScheduledRuns;
import dev.custody.security.DemoUsers;
import dev.custody.seeding.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled refresh: a good file replaces the list, a bad one keeps it and shows why, two triggers import once. */
@QuarkusTest
class ScreeningRefreshTest {
    @Inject
    ScreeningRefresh refresh;
    @Inject
    TestClock clock;

    /** Each test refreshes in a period of its own; the clock goes back for the tests that follow. */
    @AfterEach
    void giveTheClockBack() {
        clock.reset();
    }

    static byte[] sample(String name) {
        try (InputStream in = ScreeningRefreshTest.class.getResourceAsStream("/screening/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("custody-csl");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScreeningList inForce() {
        return QuarkusTransaction.requiringNew().call(() -> ScreeningList.inForce().orElseThrow());
    }

    /** Imports the sample through the API, as an administrator would: the list in force before a refresh. */
    static String uploadSample() {
        return given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD)
                .multiPart("file", "consolidated.csv", sample("csl-sample.csv"), "text/csv").post("/api/screening-lists")
                .then().statusCode(201).extract().path("checksum");
    }

    @Test
    void shouldReplaceTheListFromAGoodFileOncePerPeriod() {
        uploadSample();
        clock.fixAt(Instant.parse("2033-01-10T04:15:00Z"));
        Path source = file("consolidated-2033.csv", sample("csl-replacement.csv"));

        ScheduledRuns.Outcome outcome = refresh.run("schedule", source.toString());

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(outcome.run().error).isNull();
        ScreeningList list = inForce();
        assertThat(list.checksum).isEqualTo(CslFile.sha256(sample("csl-replacement.csv")));
        assertThat(list.rowCount).isEqualTo(1);
        assertThat(list.importedBy).isEqualTo("scheduled refresh");
        assertThat(list.fileName).isEqualTo("consolidated-2033.csv");
        assertThat(list.importedAt).isEqualTo(clock.instant());

        clock.fixAt(Instant.parse("2033-01-10T16:15:00Z"));
        ScheduledRuns.Outcome again = refresh.run("schedule", source.toUri().toString());
        assertThat(again.ran()).as("the period's refresh succeeded already").isFalse();
        assertThat(inForce().id).isEqualTo(list.id);
    }

    @Test
    void shouldKeepTheOldListWhenTheFileIsRefusedAndShowWhy() {
        String checksum = uploadSample();
        clock.fixAt(Instant.parse("2033-01-11T04:15:00Z"));
        String header = new String(sample("csl-replacement.csv"), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        Path bad = file("broken.csv", (header + "\nx,Entity List (EL),,Entity,,,,,,,,,,,,,,,,,,,,,,,,,\nshort,row\n")
                .getBytes(StandardCharsets.UTF_8));

        ScheduledRuns.Outcome outcome = refresh.run("schedule", bad.toString());

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.run().status).isEqualTo(ScheduledRun.Status.FAILED);
        assertThat(outcome.run().error).contains("was refused and the list in force stays").contains("2 problems")
                .contains("row 2, name: must not be blank").contains("row 3: has 2 columns");
        assertThat(inForce().checksum).isEqualTo(checksum);
        given().auth().preemptive().basic("buyer", DemoUsers.DEMO_PASSWORD).get("/api/screening-lists/refresh-runs")
                .then().statusCode(200).body("source", nullValue()).body("cron", equalTo("off"))
                .body("runs[0].status", equalTo("FAILED")).body("runs[0].periodStart", equalTo("2033-01-11"))
                .body("runs[0].error", containsString("row 2, name: must not be blank"));
        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).accept("text/html")
                .get("/admin/screening-lists").then().statusCode(200)
                .body(containsString("The last refresh, on 11 January 2033 at 04:15 UTC, failed: The file from "))
                .body(containsString("was refused and the list in force stays: 2 problems"))
                .body(containsString("id=\"refresh-failure\""));

        Path good = file("fixed.csv", sample("csl-replacement.csv"));
        ScheduledRuns.Outcome retried = refresh.run("schedule", good.toString());
        assertThat(retried.ran()).as("a failed period is taken over").isTrue();
        assertThat(retried.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(retried.run().attempts).isEqualTo(2);
        assertThat(inForce().checksum).isEqualTo(CslFile.sha256(sample("csl-replacement.csv")));
    }

    @Test
    void shouldImportOnceWhenTwoInstancesTriggerTheSamePeriodTogether() throws Exception {
        uploadSample();
        clock.fixAt(Instant.parse("2033-01-12T04:15:00Z"));
        AtomicInteger fetched = new AtomicInteger();
        byte[] body = sample("csl-replacement.csv");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/csl.csv", exchange -> {
            fetched.incrementAndGet();
            try {
                Thread.sleep(500); // a slow download: the other instance triggers meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/csl.csv";
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ScheduledRuns.Outcome>> outcomes = List.of("instance-a", "instance-b").stream()
                    .map(instance -> pool.submit(() -> {
                        start.await();
                        return refresh.run(instance, url);
                    })).toList();
            start.countDown();
            List<ScheduledRuns.Outcome> done = List.of(outcomes.get(0).get(30, TimeUnit.SECONDS),
                    outcomes.get(1).get(30, TimeUnit.SECONDS));

            assertThat(done).filteredOn(ScheduledRuns.Outcome::ran).hasSize(1);
            assertThat(fetched.get()).as("the file was fetched by one instance only").isEqualTo(1);
            ScheduledRun run = done.stream().filter(ScheduledRuns.Outcome::ran).findFirst().orElseThrow().run();
            assertThat(run.status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
            assertThat(run.attempts).isEqualTo(1);
            assertThat(inForce().checksum).isEqualTo(CslFile.sha256(body));
            assertThat(inForce().fileName).isEqualTo("csl.csv");
        } finally {
            pool.shutdownNow();
            server.stop(0);
        }
    }

    @Test
    void shouldRecordASourceThatCannotBeReadOrIsTooLarge() throws Exception {
        String checksum = uploadSample();
        clock.fixAt(Instant.parse("2033-01-13T04:15:00Z"));
        ScheduledRuns.Outcome missing = refresh.run("schedule", "/nonexistent/custody/csl.csv");
        assertThat(missing.run().status).isEqualTo(ScheduledRun.Status.FAILED);
        assertThat(missing.run().error).isEqualTo("The Consolidated Screening List could not be refreshed: there is no "
                + "file at /nonexistent/custody/csl.csv. The list in force stays.");

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/gone.csv", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            clock.fixAt(Instant.parse("2033-01-14T04:15:00Z"));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone.csv";
            assertThat(refresh.run("schedule", url).run().error).contains(url + " answered HTTP 404");
        } finally {
            server.stop(0);
        }

        clock.fixAt(Instant.parse("2033-01-15T04:15:00Z"));
        byte[] huge = ("x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(refresh.run("schedule", file("huge.csv", huge).toString()).run().error)
                .contains("was refused and the list in force stays: it has more than 65536 bytes");
        assertThat(inForce().checksum).isEqualTo(checksum);
    }

    @Test
    void shouldNotRefreshWithoutASourceAndLetOnlyAdministratorsTriggerIt() {
        assertThat(refresh.run("schedule")).as("no source in the test profile").isEmpty();
        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).post("/api/screening-lists/refresh-runs")
                .then().statusCode(409).body("detail", containsString("custody.gating.screening.refresh.source"));
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).post("/api/screening-lists/refresh-runs")
                .then().statusCode(403);
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD)
                .get("/api/screening-lists/refresh-runs?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }
}
