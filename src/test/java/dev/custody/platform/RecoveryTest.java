package dev.custody.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 9 of issue 16 (and issue 13 item 3): a database closed under the running app (what an out-of-memory error
 * does to H2; a restart does the same to PostgreSQL's connections) no longer leaves the instance failing every
 * request until a restart: dead pooled connections are replaced and H2 is reopened. An out-of-memory error turns
 * liveness DOWN so that the instance is restarted.
 */
@QuarkusTest
@TestProfile(RecoveryTest.OwnDatabase.class)
class RecoveryTest {
    /** H2 in a file of its own (a closed in-memory database would be gone with its data); PostgreSQL as configured. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return postgres() ? Map.of() : Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/recovery-h2/custody;DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    static boolean postgres() {
        return System.getProperty("quarkus.test.profile", "").contains("pg");
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldSignInAgainRightAfterTheDatabaseWasClosedUnderTheRunningApp() throws Exception {
        given().auth().preemptive().basic("analyst", "demo").get("/api/countries/DE").then().statusCode(200);

        closeTheDatabase();

        Instant closed = Instant.now();
        awaitOk(() -> given().auth().preemptive().basic("analyst", "demo").get("/api/countries/DE").statusCode());
        assertThat(Duration.between(closed, Instant.now())).isLessThan(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            given().auth().preemptive().basic("analyst", "demo").get("/api/countries/DE").then().statusCode(200);
        }
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "executive").formParam("j_password", "demo").post("/j_security_check")
                .then().statusCode(302).cookie("custody-session");
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void shouldAnswerAnOutOfMemoryErrorWith503AndReportItselfNotAlive() {
        given().get("/q/health/live").then().statusCode(200);

        given().auth().preemptive().basic("admin", "demo").get("/api/test-only/out-of-memory").then().statusCode(503)
                .contentType(startsWith("application/problem+json")).header("Retry-After", "60");

        given().get("/q/health/live").then().statusCode(503).body("status", is("DOWN"))
                .body("checks.name", hasItem(FatalErrorCheck.NAME));
        given().auth().preemptive().basic("analyst", "demo").get("/api/countries/DE").then().statusCode(200);
    }

    /** H2: SHUTDOWN IMMEDIATELY, as after an out-of-memory error; PostgreSQL: every other connection terminated. */
    private void closeTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(postgres() ? "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND pid <> pg_backend_pid()" : "SHUTDOWN IMMEDIATELY");
        } catch (SQLException closedUnderUs) {
            // H2 closes this very connection too.
        }
    }

    private static void awaitOk(java.util.function.IntSupplier status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        int last = status.getAsInt();
        while (last != 200) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("still " + last + " 30 s after the database was closed");
            }
            Thread.sleep(250);
            last = status.getAsInt();
        }
    }
}
