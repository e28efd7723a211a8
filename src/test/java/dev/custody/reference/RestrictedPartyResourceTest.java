package dev.custody.reference;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.total;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.custody.network.Fixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
class RestrictedPartyResourceTest {
    static final String PARTIES = "/api/restricted-parties";

    static Map<String, Object> party(String name) {
        return Map.of("name", name, "aliases", "Alias One; Alias Two", "country", "CN",
                "listName", "Test Screening List", "listedOn", "2024-06-01", "scope", "everything");
    }

    @Test
    void shouldCreateReadFilterUpdateAndDelete() {
        String name = Fixtures.unique("Shadow Boards");
        long id = create(PARTIES, party(name));
        given().get(PARTIES + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo(name))
                .body("listedOn", equalTo("2024-06-01"));
        assertThat(total(PARTIES, "q", name.substring(name.length() - 8), "list", "screening", "country", "cn"))
                .isEqualTo(1);
        put(PARTIES + "/" + id, with(party(name), "aliases", "Umbra " + name), 0L).statusCode(200).header("ETag", "\"1\"");
        assertThat(total(PARTIES, "q", "umbra " + name)).isEqualTo(1);
        Fixtures.delete(PARTIES + "/" + id).statusCode(204);
        problem(given().get(PARTIES + "/" + id).then(), 404);
    }

    @Test
    void shouldFindSeededPartiesByAlias() {
        given().queryParam("q", "huawei").get(PARTIES).then().statusCode(200)
                .body("items.name", hasItem("Huawei Technologies Company"));
        assertThat(total(PARTIES, "list", "Section 889")).isGreaterThanOrEqualTo(5);
        // "%" and "_" are searched for literally, not as wildcards that would match every party.
        assertThat(total(PARTIES, "q", "%")).isZero();
        assertThat(total(PARTIES, "q", "_")).isZero();
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        String name = Fixtures.unique("Nameless");
        problem(post(PARTIES, with(party(name), "listName", " ", "country", "cn")), 400, "listName", "country");
        problem(post(PARTIES, with(party(name), "country", "QQ")), 400, "country");
        problem(post(PARTIES, with(party(name), "name", null)), 400, "name");
        assertThat(total(PARTIES, "q", name)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownParty() {
        problem(given().get(PARTIES + "/999999").then(), 404);
        problem(put(PARTIES + "/999999", party("X"), 0L), 404);
        problem(given().delete(PARTIES + "/999999").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409() {
        String name = Fixtures.unique("Race Party");
        long id = create(PARTIES, party(name));
        put(PARTIES + "/" + id, with(party(name), "scope", "routers"), 0L).statusCode(200);
        problem(put(PARTIES + "/" + id, with(party(name), "scope", "switches"), 0L), 409);
        problem(put(PARTIES + "/" + id, party(name), null), 428);
        given().get(PARTIES + "/" + id).then().body("scope", equalTo("routers"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetAnAnalystReadButNotWrite() {
        given().get(PARTIES).then().statusCode(200);
        problem(post(PARTIES, party(Fixtures.unique("Nope"))), 403);
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(PARTIES).then().statusCode(200);
        problem(post(PARTIES, party(Fixtures.unique("Nope"))), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(PARTIES).then().statusCode(401);
        post(PARTIES, party("Nope")).statusCode(401);
    }
}
