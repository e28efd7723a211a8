package dev.custody.fault;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged jar, started as its own process on a loopback port, that a test can kill -9 and
 * start again (a new process, a new instance name). Its output goes to target/fault/NAME.log.
 */
public final class AppInstance {
    private final String name;
    private final Path jar;
    private final List<String> javaOptions;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    AppInstance(String name, Path jar, List<String> javaOptions, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.javaOptions = javaOptions;
        this.environment = environment;
        this.port = FreePorts.next();
        this.log = Path.of("target", "fault", name + ".log");
    }

    public String name() {
        return name;
    }

    /** http://127.0.0.1:PORT */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** A RestAssured request to this instance as a demo user (HTTP Basic, the demo password). */
    public RequestSpecification as(String user) {
        return given().baseUri(url()).auth().preemptive().basic(user, "demo");
    }

    /** Starts the process (appending to its log) and waits until /q/health/ready answers UP. */
    public AppInstance start(Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(javaOptions);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
        awaitReady(timeout);
        return this;
    }

    /** SIGKILL: no shutdown hook, no transaction rolled back by the application, leases left as they were. */
    public void kill9() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM and wait: a normal shutdown. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill9();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill9();
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The process id, while it runs. */
    public long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            PrivatePostgres.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }
}
