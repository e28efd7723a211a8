package dev.custody.scoring;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the operations of issue 13 through HTTP against the packaged jar (target/quarkus-app) on generated networks
 * (custody.seed.synthetic-organizations, five links per organization), each in its own H2 database under
 * target/bench-http (generated on the first run, reused after), in a JVM with -Xmx1g. Prints, per network, a table
 * with median, 99th percentile and maximum of each operation beside the same run's GET /q/health, the process's
 * resident set size (now and peak), and the machine's load. The demo users are created with bcrypt cost 4 so that
 * HTTP Basic costs about a millisecond: the numbers measure the work, not the password hash.
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests && ./mvnw -B -q -Pbench-http test-compile exec:exec}
 * ({@code -Dbench.sizes=10000} for the small network only; {@code -Dbench.app=DIR} for a copy of the packaged app;
 * {@code -Dbench.quick=true} leaves out the reports and the dossier).
 */
public final class HttpBenchmark {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo"
            .getBytes(StandardCharsets.UTF_8));
    private final int port;
    private final Path dataDir;
    private Process process;

    private HttpBenchmark(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        String sizes = System.getProperty("bench.sizes", "10000,100000");
        System.out.printf(Locale.ROOT, "HTTP benchmark, %d cores, load average %s%n",
                Runtime.getRuntime().availableProcessors(), load());
        for (String size : sizes.split(",")) {
            int organizations = Integer.parseInt(size.trim());
            HttpBenchmark bench = new HttpBenchmark(20000 + (int) (ProcessHandle.current().pid() % 5000),
                    Path.of("target/bench-http/n" + organizations).toAbsolutePath());
            bench.run(organizations);
        }
    }

    private void run(int organizations) throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(dataDir.resolve("generated"))) {
            long started = System.nanoTime();
            start(List.of("-Dcustody.seed.synthetic-organizations=" + organizations,
                    "-Dcustody.seed.synthetic-links=" + organizations * 5L));
            rows.add(new String[] {"generate and start (first run only)", seconds(System.nanoTime() - started), "",
                "", ""});
            stop();
            Files.writeString(dataDir.resolve("generated"), "yes");
        }
        long started = System.nanoTime();
        start(List.of());
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "%n%,d organizations: started in %d ms, load average %s%n", organizations,
                startMillis, load());

        rows.add(timed("GET /q/health (baseline)", 200, () -> get("/q/health", false)));
        rows.add(timed("GET /api/organizations/{id}/score (authenticated baseline)", 100,
                () -> get("/api/organizations/" + first("/api/organizations?size=1") + "/score", true)));
        List<String> deep = ids(get("/api/organizations?tier=5&size=40", true));
        if (deep.isEmpty()) {
            deep = ids(get("/api/organizations?tier=4&size=40", true));
        }
        List<String> deepIds = deep;
        int[] n = {0};
        rows.add(timed("edit at a tier-4/5 supplier (POST /api/incidents)", 60, () -> post("/api/incidents",
                "{\"organizationId\":" + deepIds.get(n[0]++ % deepIds.size()) + ",\"occurredOn\":\""
                        + LocalDate.now().minusDays(n[0]) + "\",\"category\":\"HARDWARE_IMPLANT\",\"severity\":5,"
                        + "\"status\":\"ALLEGED\",\"title\":\"Bench " + n[0] + "\",\"sourceReference\":\"bench\"}")));
        rows.add(timed("full rescore (POST /api/scores/rescore)", 5, () -> post("/api/scores/rescore", "")));
        String vendor = first("/api/organizations?kind=VENDOR&size=1");
        rows.add(timed("model activation (new draft, activate)", 3, () -> {
            String draft = post("/api/scoring-models", "{\"note\":\"bench\"}");
            Matcher m = VERSION.matcher(draft);
            if (!m.find()) {
                throw new IllegalStateException("no draft version in " + draft);
            }
            long before = System.nanoTime();
            post("/api/scoring-models/" + m.group(1) + "/activate", "");
            return System.nanoTime() - before;
        }));
        boolean quick = Boolean.getBoolean("bench.quick");
        get("/dashboard", true);
        rows.add(timed("dashboard, warm (GET /dashboard)", 20, () -> get("/dashboard", true)));
        rows.add(timed("profile of the first vendor by name (GET /organizations/{id})", 20,
                () -> get("/organizations/" + vendor, true)));
        if (!quick) {
            rows.add(timed("executive report xlsx", 3, () -> get("/reports/executive?format=xlsx", true)));
            rows.add(timed("executive report pdf", 3, () -> get("/reports/executive?format=pdf", true)));
            rows.add(timed("vendor dossier pdf", 5, () -> get("/reports/vendor/" + vendor + "?format=pdf", true)));
        }
        rows.add(timed("purchase request for that vendor (POST /api/purchase-requests)", 10,
                () -> post("/api/purchase-requests", "{\"vendorId\":" + vendor + ",\"item\":\"Bench servers\","
                        + "\"quantity\":10,\"unitPrice\":1000,\"currency\":\"USD\",\"criticality\":\"HIGH\"}")));
        long[] rss = rss();
        stop();
        started = System.nanoTime();
        start(List.of());
        rows.add(new String[] {"restart on existing data (to GET /q/health UP)", seconds(System.nanoTime() - started),
            "", "", ""});
        long[] afterRestart = rss();
        stop();
        System.out.printf(Locale.ROOT, "| operation | median | p99 | max | runs |%n|---|---|---|---|---|%n");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", (Object[]) r);
        }
        System.out.printf(Locale.ROOT, "RSS after the operations %d MB (peak %d MB); after the restart %d MB; "
                + "load average %s%n", rss[0] / 1024, rss[1] / 1024, afterRestart[0] / 1024, load());
    }

    /** Times an operation that returns nothing to time itself (the whole request) or its own nanoseconds. */
    private String[] timed(String name, int runs, Supplier<Object> operation) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            Object own = operation.get();
            times.add(own instanceof Long nanos ? nanos : System.nanoTime() - started);
        }
        Collections.sort(times);
        long median = times.get(times.size() / 2);
        long p99 = times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.99) - 1));
        String[] row = {name, millis(median), millis(p99), millis(times.get(times.size() - 1)),
            String.valueOf(runs)};
        System.out.printf(Locale.ROOT, "  %s: median %s, p99 %s, max %s%n", name, row[1], row[2], row[3]);
        return row;
    }

    private String first(String path) {
        List<String> ids = ids(get(path, true));
        if (ids.isEmpty()) {
            throw new IllegalStateException("nothing at " + path);
        }
        return ids.get(0);
    }

    private static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private String get(String path, boolean signedIn) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(10)).GET();
        if (signedIn) {
            request.header("Authorization", auth);
        }
        return send(request.build(), path);
    }

    private String post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(10)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                path);
    }

    private String send(HttpRequest request, String path) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void start(List<String> extra) throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Dquarkus.http.port=" + port, "-Dcustody.seed.demo-network=false",
                "-Dcustody.demo-users.bcrypt-cost=4"));
        command.addAll(extra);
        command.addAll(List.of("-jar", Path.of(System.getProperty("bench.app", "target/quarkus-app"), "quarkus-run.jar")
                .toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.log").toFile()));
        builder.environment().put("CUSTODY_DATA_DIR", dataDir.toString());
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + dataDir.resolve("app.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/q/health")).timeout(
                        Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application did not start within 20 minutes");
    }

    private void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** VmRSS and VmHWM of the application's process, in kB. */
    private long[] rss() throws IOException {
        long[] values = new long[2];
        for (String line : Files.readAllLines(new File("/proc/" + process.pid() + "/status").toPath())) {
            if (line.startsWith("VmRSS:")) {
                values[0] = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                values[1] = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return values;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms",
                ms);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
