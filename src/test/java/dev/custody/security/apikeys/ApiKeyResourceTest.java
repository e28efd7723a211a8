package dev.custody.security.apikeys;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.custody.security.AppUser;
import dev.custody.security.DemoUsers;
import dev.custody.security.Roles;
import dev.custody.seeding.TestClock;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API keys through the real sign-in: HTTP Basic to manage them, "Authorization: Bearer" to use them. */
@QuarkusTest
class ApiKeyResourceTest {
    static final String KEYS = "/api/api-keys";
    private static final String KEY_SHAPE = "custody_[0-9a-f]{12}_[A-Za-z0-9_-]{43}";

    @Inject
    TestClock clock;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    static RequestSpecification bearer(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /** Creates a key as the user (HTTP Basic) and answers the key itself. */
    static String createKey(String user, Map<String, Object> body) {
        return basic(user).body(body).post(KEYS).then().statusCode(201).extract().path("key");
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"Custody\", error=\"invalid_token\""))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldShowTheKeyOnceAndStoreOnlyItsHash() {
        var created = basic("analyst").body(Map.of("name", "nightly export")).post(KEYS).then().statusCode(201)
                .header("Cache-Control", "no-store").header("Location", containsString(KEYS + "/"))
                .body("apiKey.owner", equalTo("analyst")).body("apiKey.roles", equalTo(List.of(Roles.ANALYST)))
                .body("apiKey.status", equalTo("ACTIVE")).extract();
        String key = created.path("key");
        int id = created.path("apiKey.id");
        assertThat(key).matches(KEY_SHAPE);
        assertThat(created.<String>path("apiKey.prefix")).isEqualTo(key.substring(0, 20));

        String listed = basic("analyst").get(KEYS).then().statusCode(200).body("id", hasItem(id)).extract().asString();
        String one = basic("analyst").get(KEYS + "/" + id).then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain(key).doesNotContain(key.substring(21));
        assertThat(one).doesNotContain(key.substring(21)).doesNotContain("keyHash");

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select * from api_key where id = ?1").setParameter(1, id).getSingleResult());
        assertThat(Arrays.stream(row).map(String::valueOf)).noneMatch(column -> column.contains(key.substring(21)));
        ApiKey stored = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>findById((long) id));
        assertThat(stored.keyHash).isEqualTo(ApiKeySecret.hash(key)).isNotEqualTo(key);
    }

    @Test
    void shouldCallTheApiAsItsOwnerWithTheKey() {
        String key = createKey("analyst", Map.of("name", "reader"));
        bearer(key).get("/api/countries/DE").then().statusCode(200).body("iso2", equalTo("DE"));
        bearer(key).get(KEYS).then().statusCode(200).body("owner", hasItem("analyst")).body("owner", not(hasItem("admin")));
    }

    @Test
    void shouldRefuseARevokedKeyFromTheNextRequestOn() {
        var created = basic("buyer").body(Map.of("name", "procurement sync")).post(KEYS).then().statusCode(201).extract();
        String key = created.path("key");
        int id = created.path("apiKey.id");
        bearer(key).get("/api/countries/DE").then().statusCode(200);

        basic("buyer").delete(KEYS + "/" + id).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedBy", equalTo("buyer"));
        refused(bearer(key).get("/api/countries/DE").then())
                .body("detail", startsWith("The API key \"procurement sync\" was revoked on "));
        basic("buyer").delete(KEYS + "/" + id).then().statusCode(200).body("revokedBy", equalTo("buyer"));
    }

    @Test
    void shouldRefuseAKeyOnceItsExpiryHasPassed() {
        Instant now = Instant.parse("2031-05-04T10:00:00Z");
        clock.fixAt(now);
        String key = createKey("executive", Map.of("name", "board pack", "expiresAt", now.plus(Duration.ofHours(1)).toString()));
        bearer(key).get("/api/countries/DE").then().statusCode(200);
        clock.advance(Duration.ofMinutes(61));
        refused(bearer(key).get("/api/countries/DE").then())
                .body("detail", equalTo("The API key \"board pack\" expired on 4 May 2031"));
        basic("executive").get(KEYS).then().statusCode(200).body("find { it.name == 'board pack' }.status", equalTo("EXPIRED"));
    }

    @Test
    void shouldRefuseTextThatIsNoKeyOrNoLongerMatches() {
        String key = createKey("analyst", Map.of("name", "to be altered"));
        String altered = key.substring(0, 63) + (key.endsWith("A") ? "B" : "A");
        refused(bearer(altered).get("/api/countries/DE").then()).body("detail", equalTo("This API key is not valid"));
        refused(bearer("not-a-key").get("/api/countries/DE").then()).body("detail", equalTo("This is not a Custody API key"));
    }

    @Test
    void shouldGiveAKeyWithFewerRolesA403WhereItsOwnerGets200() {
        String user = login(Roles.ANALYST + "," + Roles.EXECUTIVE);
        String executiveOnly = createKey(user, Map.of("name", "board pack", "roles", List.of(Roles.EXECUTIVE)));
        basic(user).get("/api/scores/rescore-runs").then().statusCode(200);
        bearer(executiveOnly).get("/api/scores/rescore-runs").then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("Your role does not allow this"));
        bearer(executiveOnly).get("/api/reports").then().statusCode(200);

        String narrower = createKey("approver", Map.of("name", "buyer only", "roles", List.of(Roles.PROCUREMENT)));
        basic("approver").body(Map.of("justification", "x")).post("/api/override-requests/999999999/grant").then()
                .statusCode(404);
        bearer(narrower).body(Map.of("justification", "x")).post("/api/override-requests/999999999/grant").then()
                .statusCode(403);
    }

    /** A login of its own for a test that changes it, with the demo password. */
    private static String login(String roles) {
        String user = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser login = new AppUser();
            login.username = user;
            login.passwordHash = BcryptUtil.bcryptHash(DemoUsers.DEMO_PASSWORD, 4);
            login.roles = roles;
            login.displayName = "Key Tester";
            login.persist();
        });
        return user;
    }

    @Test
    void shouldNotGiveAKeyARoleItsOwnerLacks() {
        basic("analyst").body(Map.of("name", "grab", "roles", List.of(Roles.ADMIN, "root"),
                "expiresAt", "2001-01-01T00:00:00Z")).post(KEYS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("roles", "roles", "expiresAt")))
                .body("errors[0].message", equalTo("you do not have the role admin, so a key of yours cannot carry it"))
                .body("errors[1].message", startsWith("\"root\" is not a role"))
                .body("errors[2].message", equalTo("must be in the future"));
        basic("analyst").body(Map.of("name", " ")).post(KEYS).then().statusCode(400).body("errors[0].field", equalTo("name"));
        basic("analyst").get(KEYS).then().body("name", not(hasItem("grab")));
    }

    @Test
    void shouldLetTheKeyLoseARoleItsOwnerLoses() {
        String user = login(Roles.ANALYST + "," + Roles.PROCUREMENT);
        String key = createKey(user, Map.of("name", "both roles"));
        bearer(key).body("{}").post("/api/purchase-requests").then().statusCode(400);

        QuarkusTransaction.requiringNew().run(() -> AppUser.update("roles = ?1 where username = ?2", Roles.ANALYST, user));
        bearer(key).body("{}").post("/api/purchase-requests").then().statusCode(403);
        bearer(key).get("/api/countries/DE").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", user));
        refused(bearer(key).get("/api/countries/DE").then())
                .body("detail", equalTo("The login the API key \"both roles\" belongs to no longer exists"));
    }

    @Test
    void shouldNotLetAKeyCreateKeys() {
        String key = createKey("analyst", Map.of("name", "minter"));
        bearer(key).body(Map.of("name", "child")).post(KEYS).then().statusCode(403)
                .contentType("application/problem+json").body("detail", startsWith("An API key cannot create API keys"));
    }

    @Test
    void shouldLetAdministratorsSeeAndRevokeAnyonesKeysAndNobodyElse() {
        var created = basic("executive").body(Map.of("name", "exec script")).post(KEYS).then().statusCode(201).extract();
        int id = created.path("apiKey.id");
        String key = created.path("key");

        basic("analyst").get(KEYS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        basic("analyst").delete(KEYS + "/" + id).then().statusCode(404);
        basic("analyst").get(KEYS + "/all").then().statusCode(403);
        bearer(key).get("/api/countries/DE").then().statusCode(200);

        basic("admin").get(KEYS + "/all?owner=executive").then().statusCode(200).body("id", hasItem(id))
                .body("owner", not(hasItem("analyst")));
        basic("admin").get(KEYS + "/" + id).then().statusCode(200).body("owner", equalTo("executive"));
        basic("admin").delete(KEYS + "/" + id).then().statusCode(200).body("revokedBy", equalTo("admin"));
        refused(bearer(key).get("/api/countries/DE").then());
    }

    @Test
    void shouldWriteTheLastUsedTimeAtMostOnceAMinute() {
        Instant start = Instant.parse("2031-06-01T08:00:00Z");
        clock.fixAt(start);
        var created = basic("analyst").body(Map.of("name", "busy script")).post(KEYS).then().statusCode(201).extract();
        String key = created.path("key");
        int id = created.path("apiKey.id");
        basic("analyst").get(KEYS + "/" + id).then().body("lastUsedAt", equalTo(null));

        bearer(key).get("/api/countries/DE").then().statusCode(200);
        assertThat(lastUsed(id)).isEqualTo(start);
        clock.advance(Duration.ofSeconds(59));
        bearer(key).get("/api/countries/DE").then().statusCode(200);
        assertThat(lastUsed(id)).as("not written again within the minute").isEqualTo(start);
        clock.advance(Duration.ofSeconds(2));
        bearer(key).get("/api/countries/DE").then().statusCode(200);
        assertThat(lastUsed(id)).isEqualTo(start.plusSeconds(61));
    }

    private static Instant lastUsed(int id) {
        Instant at = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>findById((long) id).lastUsedAt);
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
