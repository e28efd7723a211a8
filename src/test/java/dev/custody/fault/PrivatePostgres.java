package dev.custody.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own for a test (initdb into a temporary directory, loopback only, a free port), so a
 * test may stop and restart the server without touching anyone else's database. Needs the server binaries
 * (Debian: package postgresql, /usr/lib/postgresql/NN/bin; another folder with -Dcustody.fault.pg-bin=...). Run as
 * root, the server runs as the postgres user (initdb refuses root); otherwise as the current user.
 *
 * <p>CI-ONLY CREDENTIALS: role custody, password custody-fault, on a loopback port of a throw-away cluster.
 */
public final class PrivatePostgres {
    public static final String DATABASE = "custody";
    public static final String USER = "custody";
    /** CI-only password of a throw-away cluster on loopback. */
    public static final String PASSWORD = "custody-fault";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** Creates and starts a new cluster with the custody role and database. */
    public static PrivatePostgres start() {
        try {
            PrivatePostgres pg = new PrivatePostgres(binaries(), Files.createTempDirectory("custody-fault-pg-")
                    .resolve("data"), FreePorts.next());
            pg.initialise();
            pg.startServer();
            pg.createDatabase();
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a private PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Stops the server (fast: open connections are cut, as in a crash of the connections), waits, starts it. */
    public void restart(Duration outage) {
        stop();
        sleep(outage);
        startServer();
    }

    public void stop() {
        run(bin.resolve("pg_ctl") + " -D " + dataDir + " -m fast -w stop");
    }

    public void startServer() {
        run(bin.resolve("pg_ctl") + " -D " + dataDir + " -w -t 60 -l " + dataDir.getParent().resolve("server.log")
                + " -o '-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dataDir.getParent()
                + " -c max_connections=100' start");
    }

    /** Stops the server and deletes the cluster. */
    public void destroy() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // Nothing to stop.
        }
        try (var files = Files.walk(dataDir.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory: the machine cleans it eventually.
        }
    }

    private void initialise() throws IOException {
        if (asPostgresUser) {
            run("chown postgres " + dataDir.getParent(), false);
        }
        Path password = dataDir.getParent().resolve("pw");
        Files.writeString(password, PASSWORD);
        if (asPostgresUser) {
            run("chown postgres " + password, false);
        }
        run(bin.resolve("initdb") + " -D " + dataDir + " -U postgres -A scram-sha-256 --pwfile=" + password
                + " -E UTF8 --locale=C.UTF-8");
    }

    private void createDatabase() {
        psql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        psql("CREATE DATABASE " + DATABASE + " OWNER " + USER);
    }

    private void psql(String sql) {
        run("PGPASSWORD=" + PASSWORD + " " + bin.resolve("psql") + " -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p " + port
                + " -U postgres -d postgres -c \"" + sql + "\"");
    }

    private void run(String command) {
        run(command, asPostgresUser);
    }

    private static void run(String command, boolean asPostgres) {
        List<String> argv = new ArrayList<>();
        if (asPostgres) {
            argv.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", "cd / && " + command));
        } else {
            argv.addAll(List.of("/bin/sh", "-c", command));
        }
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path binaries() {
        String configured = System.getProperty("custody.fault.pg-bin", System.getenv("CUSTODY_FAULT_PG_BIN"));
        if (configured != null) {
            return Path.of(configured);
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IllegalStateException(
                            "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql "
                    + "(apt-get install postgresql, or -Dcustody.fault.pg-bin=...)", e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
