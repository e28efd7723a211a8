package dev.custody.security.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custody.network.Fixtures;
import dev.custody.security.DemoUsers;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CUSTODY_AUTH=keycloak against a real Keycloak: bearer tokens for /api, the code flow for pages. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
@Tag("keycloak")
class KeycloakApiTest {

    @BeforeAll
    static void keycloakIsRunning() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification bearer(String user) {
        return given().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON);
    }

    @Test
    void shouldIssueTokensCarryingTheRealmRolesOfEachDemoUser() {
        Map<String, List<String>> expected = Map.of(
                "analyst", List.of(Roles.ANALYST),
                "executive", List.of(Roles.EXECUTIVE),
                "buyer", List.of(Roles.PROCUREMENT),
                "approver", List.of(Roles.PROCUREMENT, Roles.APPROVER),
                "admin", List.of(Roles.ADMIN));
        expected.forEach((user, roles) -> {
            JsonNode claims = Keycloak.claims(Keycloak.token(user));
            assertThat(claims.path("preferred_username").asText()).isEqualTo(user);
            List<String> realmRoles = new ArrayList<>();
            claims.path("realm_access").path("roles").forEach(role -> realmRoles.add(role.asText()));
            assertThat(realmRoles).as(user).containsAll(roles)
                    .doesNotContainAnyElementsOf(otherRoles(roles));
        });
    }

    private static List<String> otherRoles(List<String> roles) {
        List<String> others = new ArrayList<>(List.of(Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT,
                Roles.APPROVER, Roles.ADMIN));
        others.removeAll(roles);
        return others;
    }

    @Test
    void shouldAnswer401WithABearerChallengeWithoutAValidToken() {
        given().get("/api/organizations").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-token").get("/api/organizations").then().statusCode(401);
        // The embedded logins are not accepted once Keycloak signs users in.
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(401);
        given().get("/q/metrics").then().statusCode(401);
    }

    @Test
    void shouldAnswer403WhenTheTokenLacksTheRole() {
        String organization = "{\"name\":\"Denied Co\",\"kind\":\"VENDOR\",\"hqCountry\":\"US\",\"ownership\":\"PRIVATE\"}";
        bearer("executive").body(organization).post("/api/organizations").then().statusCode(403);
        bearer("buyer").body(organization).post("/api/organizations").then().statusCode(403);
        bearer("analyst").body(Map.of("vendorId", 1, "item", "Edge servers", "quantity", 1, "unitPrice", 10,
                "criticality", "LOW")).post("/api/purchase-requests").then().statusCode(403);
    }

    @Test
    void shouldLetTheRightRoleInAndRecordTheKeycloakUserName() {
        long vendor = bearer("analyst").body(Map.of("name", Fixtures.unique("Keycloak vendor"), "kind", "VENDOR",
                        "hqCountry", "US", "ownership", "PRIVATE"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        bearer("executive").get("/api/organizations/" + vendor).then().statusCode(200);
        bearer("approver").body(Map.of("vendorId", vendor, "item", "Edge servers", "quantity", 2, "unitPrice", 4000,
                        "criticality", "LOW"))
                .post("/api/purchase-requests").then().statusCode(201).body("requester", equalTo("approver"));
        bearer("admin").get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void shouldSendBrowsersToKeycloakAndOfferItOnTheLoginPage() {
        given().redirects().follow(false).get("/vendors").then().statusCode(302)
                .header("Location", startsWith(KeycloakProfile.REALM + "/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=custody-web"));
        given().get("/login").then().statusCode(200)
                .body(containsString("Sign in with Keycloak")).body(not(containsString("j_security_check")));
    }
}
