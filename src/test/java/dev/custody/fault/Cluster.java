package dev.custody.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: several instances of the packaged PostgreSQL jar sharing one private PostgreSQL cluster, on
 * loopback ports, for tests of what happens between instances (kill -9, database restarts, consistency).
 *
 * <pre>
 * &#64;RegisterExtension
 * static Cluster cluster = Cluster.builder().instances(2)
 *         .property("custody.seed.synthetic-organizations", "3000").build();
 * ...
 * cluster.instance(0).as("analyst").get("/api/organizations");
 * cluster.instance(0).kill9();
 * cluster.postgres().restart(Duration.ofSeconds(10));
 * </pre>
 *
 * <p>The jar is target/fault-app/quarkus-run.jar (-Dcustody.fault.app=...), built with the pg profile:
 * {@code ./mvnw -B package -DskipTests -Dquarkus.profile=pg && cp -r target/quarkus-app target/fault-app}
 * (.ci/run does it). The first instance starts alone (migrations and seeds), then the others. Demo logins are seeded
 * (CI-only: password demo), the demo network unless synthetic-organizations is set. Each instance runs with
 * -XX:+ExitOnOutOfMemoryError and the options given; logs in target/fault/. Everything is stopped after the class.
 */
public final class Cluster implements BeforeAllCallback, AfterAllCallback {
    /** CI-only session key of the throw-away instances (48 characters). */
    static final String SESSION_KEY = "fault-suite-session-key-NOT-A-SECRET-never-reuse";

    private final int count;
    private final List<String> javaOptions;
    private final Map<String, String> environment;
    private final Duration startTimeout;
    private final List<AppInstance> instances = new ArrayList<>();
    private PrivatePostgres postgres;

    private Cluster(Builder builder) {
        this.count = builder.count;
        this.javaOptions = List.copyOf(builder.javaOptions);
        this.environment = Map.copyOf(builder.environment);
        this.startTimeout = builder.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    public AppInstance instance(int index) {
        return instances.get(index);
    }

    public List<AppInstance> instances() {
        return List.copyOf(instances);
    }

    public PrivatePostgres postgres() {
        return postgres;
    }

    public Duration startTimeout() {
        return startTimeout;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Path jar = Path.of(System.getProperty("custody.fault.app", "target/fault-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged PostgreSQL jar at " + jar + ": build it with ./mvnw -B package "
                    + "-DskipTests -Dquarkus.profile=pg && cp -r target/quarkus-app target/fault-app");
        }
        postgres = PrivatePostgres.start();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "pg");
        env.put("CUSTODY_DB_URL", postgres.jdbcUrl());
        env.put("CUSTODY_DB_USER", PrivatePostgres.USER);
        env.put("CUSTODY_DB_PASSWORD", PrivatePostgres.PASSWORD);
        env.put("CUSTODY_SESSION_KEY", SESSION_KEY);
        env.put("CUSTODY_SEED_DEMO_USERS", "true");
        env.put("CUSTODY_SEED_DEMO_NETWORK", "true");
        env.putAll(environment);
        for (int i = 0; i < count; i++) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + (char) ('a' + i);
            Map<String, String> own = new LinkedHashMap<>(env);
            own.put("CUSTODY_DATA_DIR", Path.of("target", "fault", name + "-data").toAbsolutePath().toString());
            instances.add(new AppInstance(name, jar, javaOptions, own));
        }
        instances.get(0).start(startTimeout);
        instances.subList(1, instances.size()).parallelStream().forEach(i -> i.start(startTimeout));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        instances.forEach(AppInstance::kill9);
        if (postgres != null) {
            postgres.destroy();
        }
    }

    /** How the cluster is made. */
    public static final class Builder {
        private int count = 2;
        private final List<String> javaOptions = new ArrayList<>(List.of("-Xmx512m"));
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofMinutes(5);

        public Builder instances(int count) {
            this.count = count;
            return this;
        }

        /** A configuration property of every instance (-Dkey=value). */
        public Builder property(String key, String value) {
            javaOptions.add("-D" + key + "=" + value);
            return this;
        }

        public Builder javaOption(String option) {
            javaOptions.add(option);
            return this;
        }

        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public Cluster build() {
            return new Cluster(this);
        }
    }
}
