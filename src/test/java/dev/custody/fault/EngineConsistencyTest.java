package dev.custody.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13: two instances of the packaged PostgreSQL jar sharing one database, each with its own warm scoring engine.
 * An edit on one instance shows in the scores and explanations the other serves within a second; so does a model
 * activation. Run with the fault suite ({@code ./mvnw -B test -Pfault}; see Cluster).
 */
@Tag("fault")
class EngineConsistencyTest {
    /** The bound, from the writer's answer to the other instance serving the same score and explanation. */
    static final Duration WITHIN = Duration.ofSeconds(1);

    @RegisterExtension
    static final Cluster CLUSTER = Cluster.builder().instances(2)
            .property("custody.demo-users.bcrypt-cost", "4")
            .build();

    @Test
    void anEditOrAnActivationOnOneInstanceShowsOnTheOtherWithinASecond() {
        AppInstance a = CLUSTER.instance(0);
        AppInstance b = CLUSTER.instance(1);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long vendor = create(a, "/api/organizations", Map.of("name", "Consistency vendor " + tag, "kind", "VENDOR",
                "hqCountry", "US", "ownership", "PRIVATE"));
        long supplier = create(a, "/api/organizations", Map.of("name", "Consistency supplier " + tag, "kind",
                "COMPONENT_SUPPLIER", "hqCountry", "DE", "ownership", "PRIVATE"));
        create(a, "/api/supply-links", Map.of("buyerId", vendor, "supplierId", supplier, "item", "Board", "itemKind",
                "ASSEMBLY", "share", 1.0, "criticality", "CRITICAL"));
        awaitSame(a, b, vendor, "the new vendor and its link");

        // An incident at the supplier, written through A: B's engine rescores the vendor above it.
        String before = score(b, vendor);
        create(a, "/api/incidents", Map.of("organizationId", supplier, "occurredOn", LocalDate.now().toString(),
                "category", "HARDWARE_IMPLANT", "severity", 9.0, "status", "CONFIRMED", "title", "Implant " + tag,
                "sourceReference", "consistency test"));
        assertThat(score(a, vendor)).isNotEqualTo(before);
        awaitSame(a, b, vendor, "an incident at the supplier");

        // A model activation through B: A recomputes every score with it.
        int draft = b.as("admin").contentType(ContentType.JSON).body(Map.of("note", "consistency " + tag))
                .post("/api/scoring-models").then().statusCode(201).extract().jsonPath().getInt("version");
        b.as("admin").post("/api/scoring-models/" + draft + "/activate").then().statusCode(200);
        awaitSame(b, a, vendor, "a model activation");
        assertThat(a.as("analyst").get("/api/organizations/" + vendor + "/score").then().statusCode(200).extract()
                .jsonPath().getInt("modelVersion")).isEqualTo(draft);
    }

    /** Waits until other serves the score and explanation writer serves, failing after WITHIN. */
    private static void awaitSame(AppInstance writer, AppInstance other, long id, String what) {
        String expected = score(writer, id);
        long started = System.nanoTime();
        String seen = score(other, id);
        while (!expected.equals(seen)) {
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("%s shows on %s within %s; it serves %s, %s serves %s", what, other.name(), WITHIN, seen,
                            writer.name(), expected)
                    .isLessThanOrEqualTo(WITHIN);
            sleep();
            seen = score(other, id);
        }
        System.out.printf("Engine consistency: %s showed on %s after %d ms%n", what, other.name(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The score with its explanation, as an instance serves it. */
    private static String score(AppInstance instance, long id) {
        return instance.as("analyst").get("/api/organizations/" + id + "/score").then().statusCode(200).extract()
                .asString();
    }

    private static long create(AppInstance instance, String path, Map<String, Object> body) {
        return instance.as("admin").contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
