package dev.custody.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP receiver on loopback (the JDK's HttpServer): records every request and answers the statuses it was
 * told to, in order, then the default one; may take its time to answer, so that concurrent senders overlap.
 */
final class Receiver implements AutoCloseable {
    /** One request as it arrived. */
    record Received(String method, String contentType, String signature, String attempt, byte[] body, Instant at) {
        JsonPath json() {
            return JsonPath.from(text());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String eventId() {
            return json().getString("id");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;
    private volatile long delayMillis;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test receiver", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/custody";
    }

    /** Answers these statuses to the next requests, in order, then always this last one. */
    Receiver answering(int... statuses) {
        for (int i = 0; i < statuses.length - 1; i++) {
            script.add(statuses[i]);
        }
        otherwise = statuses[statuses.length - 1];
        return this;
    }

    Receiver slow(Duration delay) {
        delayMillis = delay.toMillis();
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst("Custody-Attempt"), body, Instant.now()));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Integer status = script.poll();
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
