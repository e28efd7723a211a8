package dev.custody.security.apikeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an API key saves against HTTP Basic, a command and not a test:
 * {@code ./mvnw -B -q package -DskipTests && ./mvnw -B -q -Pbench-auth test-compile exec:exec}.
 * Starts the packaged jar (embedded default, demo logins hashed with bcrypt cost 10 as in production, its own H2
 * database in a temporary folder, a free port), creates a key for the demo admin, then times an authenticated
 * GET /api/countries/DE with each: sequential requests on one keep-alive connection (median and p99), and the
 * throughput of 4 concurrent clients. Options: -Drequests=2000 -Dconcurrent.seconds=10.
 */
public final class AuthBenchmark {
    private static final String USER = "admin";
    /** DEMO password of the embedded default's demo logins. */
    private static final String PASSWORD = "demo";
    private static final String PATH = "/api/countries/DE";
    private static final Pattern KEY = Pattern.compile("\"key\":\"(custody_[^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private AuthBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("requests", 2000);
        int seconds = Integer.getInteger("concurrent.seconds", 10);
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged jar: run ./mvnw -B package -DskipTests first");
        }
        Path data = Files.createTempDirectory("custody-bench-auth");
        int port = freePort();
        Process app = start(jar, data, port);
        try {
            AuthBenchmark bench = new AuthBenchmark("http://127.0.0.1:" + port);
            bench.awaitHealth(app, data);
            String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + bench.createKey(basic);
            System.out.printf(Locale.ROOT, "%s on %s (packaged jar, embedded default, bcrypt cost 10), %d cores%n",
                    PATH, bench.base, Runtime.getRuntime().availableProcessors());
            bench.sequential("warm-up", basic, bearer, 300, false);
            bench.sequential("measured", basic, bearer, requests, true);
            for (String[] mode : new String[][] {{"HTTP Basic", basic}, {"API key", bearer}}) {
                System.out.printf(Locale.ROOT, "%-10s 4 concurrent clients for %d s: %.0f requests/s%n", mode[0], seconds,
                        bench.throughput(mode[1], 4, seconds));
            }
        } finally {
            app.destroy();
            app.waitFor();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static Process start(Path jar, Path data, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1", "-jar", jar.toString());
        builder.environment().put("CUSTODY_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("CUSTODY_AUTH", "embedded");
        builder.redirectErrorStream(true).redirectOutput(data.resolve("custody.log").toFile());
        return builder.start();
    }

    private void awaitHealth(Process app, Path data) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Custody exited: " + Files.readString(data.resolve("custody.log")));
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(base + "/q/health")).build()) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Custody did not answer within 3 minutes");
    }

    private String createKey(String basic) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/api-keys"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher key = KEY.matcher(created.body());
        if (created.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("Could not create a key: " + created.statusCode() + " " + created.body());
        }
        return key.group(1);
    }

    /** Alternates Basic and key requests so that both see the same machine load; prints median and p99 of each. */
    private void sequential(String label, String basic, String bearer, int n, boolean print) throws Exception {
        long[] withBasic = new long[n];
        long[] withKey = new long[n];
        for (int i = 0; i < n; i++) {
            withBasic[i] = timed(basic);
            withKey[i] = timed(bearer);
        }
        if (print) {
            System.out.printf(Locale.ROOT, "%d sequential requests each on one keep-alive connection (%s):%n", n, label);
            report("HTTP Basic", withBasic);
            report("API key", withKey);
        }
    }

    private long timed(String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH)).header("Authorization", authorization).build();
        long start = System.nanoTime();
        int status = send(request);
        long took = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException("GET " + PATH + " answered " + status);
        }
        return took;
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private double throughput(String authorization, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    timed(authorization);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-10s median %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
