package dev.custody.webhooks;

import static dev.custody.webhooks.Webhooks.admin;
import static dev.custody.webhooks.Webhooks.assessEveryFactor;
import static dev.custody.webhooks.Webhooks.await;
import static dev.custody.webhooks.Webhooks.deliveries;
import static dev.custody.webhooks.Webhooks.delivery;
import static dev.custody.webhooks.Webhooks.organization;
import static dev.custody.webhooks.Webhooks.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Fixtures;
import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.PlatformEvent;
import dev.custody.scoring.Band;
import dev.custody.security.DemoUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries against a real HTTP receiver on loopback, sent by the real background worker: signed CloudEvents,
 * retries with backoff, giving up, nothing for a rolled-back change, and one delivery per event when workers race.
 * The test profile allows loopback, retries after 1 s then 2 s, and gives up after 3 attempts.
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Event<PlatformEvent> events;
    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookDispatcher dispatcher;

    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        Webhooks.removeAll();
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver(int... statuses) {
        Receiver receiver = Receiver.start().answering(statuses);
        receivers.add(receiver);
        return receiver;
    }

    @Test
    void shouldDeliverASignedCloudEventWhenAVendorsBandChanges() {
        Receiver receiver = receiver(200);
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        String name = Fixtures.unique("Webhook vendor");
        long vendor = organization(name);
        String before = band(vendor); // unknown insider factors count at the model's prior, above the best
        assertThat(before).isNotEqualTo("LOW");
        assessEveryFactor(vendor, 0);
        assertThat(band(vendor)).isEqualTo("LOW");

        String subject = "organizations/" + vendor;
        await(WAIT, "the band change of " + name, () -> !receiver.received(r -> r.text().contains(subject)).isEmpty());
        Receiver.Received got = receiver.received(r -> r.text().contains(subject)).get(0);
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.contentType()).startsWith("application/cloudevents+json");
        assertThat(got.attempt()).isEqualTo("1");
        long now = Instant.now().getEpochSecond();
        assertThat(WebhookSignature.verify(endpoint.secret(), got.signature(), got.body(), now, 300)).isTrue();
        assertThat(WebhookSignature.verify("whsec_wrong", got.signature(), got.body(), now, 300)).isFalse();
        JsonPath event = got.json();
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("type")).isEqualTo(BandChanged.TYPE);
        assertThat(event.getString("source")).isEqualTo("/custody");
        assertThat(event.getString("subject")).isEqualTo(subject);
        assertThat(event.getString("datacontenttype")).isEqualTo("application/json");
        assertThat(event.getString("id")).hasSize(36);
        assertThat(Instant.parse(event.getString("time"))).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(event.getLong("data.organizationId")).isEqualTo(vendor);
        assertThat(event.getString("data.name")).isEqualTo(name);
        assertThat(event.getString("data.from")).isEqualTo(before);
        assertThat(event.getString("data.to")).isEqualTo("LOW");
        assertThat(event.getInt("data.modelVersion")).isPositive();

        await(WAIT, "the log to show the delivery", () -> "DELIVERED".equals(deliveries(endpoint.id())
                .getString("items.find { it.subject == '" + subject + "' }.status")));
        JsonPath log = deliveries(endpoint.id());
        Map<String, Object> row = log.getMap("items.find { it.subject == '" + subject + "' }");
        assertThat(row).containsEntry("attempts", 1).containsEntry("lastStatusCode", 200)
                .containsEntry("eventId", event.getString("id")).containsEntry("nextAttemptAt", null);
    }

    @Test
    void shouldRetryAfterAServerErrorThenDeliverTheSameEvent() {
        Receiver receiver = receiver(500, 200);
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        long id = sendTest(endpoint.id());

        await(WAIT, "the retry to arrive", () -> "DELIVERED".equals(delivery(endpoint.id(), id).getString("status")));
        List<Receiver.Received> got = receiver.received();
        assertThat(got).hasSize(2);
        assertThat(got.get(0).body()).isEqualTo(got.get(1).body());
        assertThat(got).extracting(Receiver.Received::attempt).containsExactly("1", "2");
        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(got).allSatisfy(r -> assertThat(WebhookSignature.verify(endpoint.secret(), r.signature(), r.body(),
                Instant.now().getEpochSecond(), 300)).isTrue());
        JsonPath detail = delivery(endpoint.id(), id);
        assertThat(detail.getInt("attempts")).isEqualTo(2);
        assertThat(detail.getInt("lastStatusCode")).isEqualTo(200);
        assertThat(detail.getList("attemptLog.statusCode", Integer.class)).containsExactly(500, 200);
        assertThat(detail.getString("eventType")).isEqualTo(EventCatalogue.TEST);
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() throws InterruptedException {
        Receiver receiver = receiver(503);
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        long id = sendTest(endpoint.id());

        await(WAIT, "the delivery to be given up", () -> "FAILED".equals(delivery(endpoint.id(), id).getString("status")));
        JsonPath detail = delivery(endpoint.id(), id);
        assertThat(detail.getInt("attempts")).isEqualTo(3);
        assertThat(detail.getString("nextAttemptAt")).isNull();
        assertThat(detail.getList("attemptLog.statusCode", Integer.class)).containsExactly(503, 503, 503);
        Thread.sleep(3000);
        assertThat(receiver.received()).hasSize(3);
        admin().get("/api/webhooks/" + endpoint.id()).then().statusCode(200)
                .body("failed", org.hamcrest.Matchers.is(1)).body("pending", org.hamcrest.Matchers.is(0));
    }

    @Test
    void shouldLogAnUnreachableReceiverAndKeepTrying() {
        Receiver receiver = receiver(200);
        String url = receiver.url();
        receiver.close();
        Webhooks.Registered endpoint = register(url, BandChanged.TYPE);
        long id = sendTest(endpoint.id());

        await(WAIT, "a failed attempt", () -> delivery(endpoint.id(), id).getInt("attempts") >= 1);
        JsonPath detail = delivery(endpoint.id(), id);
        assertThat(detail.getString("lastError")).isEqualTo("The receiver refused the connection.");
        assertThat(detail.getString("lastStatusCode")).isNull();
    }

    @Test
    void shouldSendNothingForARolledBackChange() throws InterruptedException {
        Receiver receiver = receiver(200);
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        BandChanged rolledBack = new BandChanged(-1, "Rolled back", Band.LOW, Band.HIGH, 1);
        BandChanged committed = new BandChanged(-2, "Committed", Band.LOW, Band.MEDIUM, 1);

        QuarkusTransaction.begin();
        events.fire(rolledBack);
        QuarkusTransaction.rollback();
        QuarkusTransaction.requiringNew().run(() -> events.fire(committed));

        await(WAIT, "the committed change", () -> !receiver.received().isEmpty());
        Thread.sleep(2500); // more than two polls of the worker
        assertThat(receiver.received()).extracting(r -> r.json().getString("subject")).containsExactly("organizations/-2");
        assertThat(deliveries(endpoint.id()).getList("items.subject", String.class)).containsExactly("organizations/-2");
    }

    @Test
    void shouldDeliverEachEventOnceWhenWorkersRace() throws Exception {
        Receiver receiver = receiver(200).slow(Duration.ofMillis(50));
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        int events = 30;
        // Queued without waking the worker: the two racing workers below and this instance's own poll take them.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < events; i++) {
                outbox.queue(BandChanged.TYPE, "organizations/" + i, Map.of("n", i), List.of(endpoint.id()));
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        Function<String, CompletableFuture<Integer>> worker = name -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                int sent = 0;
                // A worker that finds every due row held by another one goes round again until none is waiting.
                for (long end = System.nanoTime() + WAIT.toNanos(); waiting(endpoint.id()) > 0 && System.nanoTime() < end;) {
                    sent += dispatcher.runOnce(name);
                    Thread.sleep(5);
                }
                return sent;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        });
        CompletableFuture<Integer> a = worker.apply("race-a");
        CompletableFuture<Integer> b = worker.apply("race-b");
        start.countDown();
        a.get();
        b.get();

        await(WAIT, "every event delivered", () -> deliveries(endpoint.id()).getList("items.status", String.class)
                .stream().filter("DELIVERED"::equals).count() == events);
        Map<String, Long> perEvent = receiver.received().stream()
                .collect(Collectors.groupingBy(Receiver.Received::eventId, Collectors.counting()));
        assertThat(perEvent).hasSize(events);
        assertThat(perEvent.values()).containsOnly(1L);
        List<String> workers = QuarkusTransaction.requiringNew().call(() -> WebhookAttempt.<WebhookAttempt>list(
                "deliveryId in (select d.id from WebhookDelivery d where d.endpointId = ?1)", endpoint.id()))
                .stream().map(attempt -> attempt.worker).toList();
        assertThat(workers).hasSize(events);
        assertThat(workers.stream().distinct().count()).as("workers that sent some: %s", workers).isGreaterThan(1);
    }

    @Test
    void shouldQueueNothingForAPausedEndpointAndRefuseItsTestEvent() {
        Receiver receiver = receiver(200);
        Webhooks.Registered endpoint = register(receiver.url(), BandChanged.TYPE);
        long version = admin().get("/api/webhooks/" + endpoint.id()).then().extract().jsonPath().getLong("version");
        admin().header("If-Match", "\"" + version + "\"").body(Map.of("url", receiver.url(), "events",
                List.of(BandChanged.TYPE), "active", false)).put("/api/webhooks/" + endpoint.id()).then()
                .statusCode(200).body("active", org.hamcrest.Matchers.is(false));

        QuarkusTransaction.requiringNew().run(() -> events.fire(new BandChanged(-3, "Paused", Band.LOW, Band.HIGH, 1)));
        admin().post("/api/webhooks/" + endpoint.id() + "/test").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("paused"));
        assertThat(deliveries(endpoint.id()).getList("items")).isEmpty();
    }

    @Test
    void shouldForgetOldDeliveredAndGivenUpDeliveriesButNeverWaitingOnes() {
        Webhooks.Registered endpoint = register("http://127.0.0.1:9/never", BandChanged.TYPE);
        admin().body(Map.of("url", "http://127.0.0.1:9/never", "events", List.of(BandChanged.TYPE), "active", false,
                "version", 0)).put("/api/webhooks/" + endpoint.id()).then().statusCode(200);
        Instant old = Instant.now().minus(Duration.ofDays(31));
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> queued = new ArrayList<>();
            for (Object[] spec : new Object[][] {{WebhookDelivery.Status.DELIVERED, old},
                    {WebhookDelivery.Status.FAILED, old}, {WebhookDelivery.Status.DELIVERED, Instant.now()},
                    {WebhookDelivery.Status.PENDING, old}}) {
                WebhookDelivery d = outbox.queue(BandChanged.TYPE, "organizations/0", Map.of(), List.of(endpoint.id()))
                        .get(0);
                d.status = (WebhookDelivery.Status) spec[0];
                d.createdAt = (Instant) spec[1];
                WebhookAttempt attempt = new WebhookAttempt();
                attempt.deliveryId = d.id;
                attempt.attempt = 1;
                attempt.attemptedAt = d.createdAt;
                attempt.worker = "test";
                attempt.persist();
                queued.add(d.id);
            }
            return queued;
        });

        assertThat(dispatcher.purge()).isEqualTo(2);
        List<Long> left = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>list(
                "endpointId = ?1 order by id", endpoint.id()).stream().map(d -> d.id).toList());
        assertThat(left).containsExactly(ids.get(2), ids.get(3));
        assertThat(QuarkusTransaction.requiringNew().call(() -> WebhookAttempt.count("deliveryId in ?1", ids)))
                .isEqualTo(2);
    }

    private static long waiting(long endpoint) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("endpointId = ?1 and status = ?2",
                endpoint, WebhookDelivery.Status.PENDING));
    }

    private static long sendTest(long endpoint) {
        return admin().post("/api/webhooks/" + endpoint + "/test").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.is("PENDING")).extract().jsonPath().getLong("id");
    }

    private static String band(long organization) {
        return given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD)
                .get("/api/organizations/" + organization + "/score").then().statusCode(200).extract().path("band");
    }

}
