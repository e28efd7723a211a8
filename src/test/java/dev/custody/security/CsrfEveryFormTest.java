package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing page endpoint (found by reflection, not picked by hand) refuses a form without the CSRF
 * token, or with a token that does not match the cookie; every state-changing API endpoint refuses a request the
 * browser marks as cross-site.
 */
@QuarkusTest
class CsrfEveryFormTest {
    private static final String REFUSED_FORM = "did not come from Custody";
    private static final String REFUSED_API = "from another web site";

    @Test
    @TestSecurity(user = "admin", roles = {Roles.ADMIN, Roles.APPROVER})
    void shouldRefuseEveryFormPostWithoutAMatchingToken() {
        List<Endpoints.Endpoint> forms = unsafe(false);
        List<String> accepted = new ArrayList<>();
        for (Endpoints.Endpoint form : forms) {
            check(form, request(form), REFUSED_FORM, "without token", accepted);
            check(form, request(form).cookie("custody-csrf", "cookie-token").formParam("_csrf", "other-token"),
                    REFUSED_FORM, "with a token that does not match", accepted);
        }
        assertThat(forms).as("form endpoints found").hasSizeGreaterThan(30);
        assertThat(accepted).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin", roles = {Roles.ADMIN, Roles.APPROVER}, authMechanism = "basic")
    void shouldRefuseEveryCrossSiteApiChange() {
        List<Endpoints.Endpoint> changes = unsafe(true);
        List<String> accepted = new ArrayList<>();
        for (Endpoints.Endpoint change : changes) {
            check(change, request(change).header("Sec-Fetch-Site", "cross-site"), REFUSED_API, "cross-site", accepted);
            check(change, request(change).header("Origin", "https://evil.example"), REFUSED_API, "other origin", accepted);
        }
        assertThat(changes).as("API changes found").hasSizeGreaterThan(30);
        assertThat(accepted).isEmpty();
    }

    private static void check(Endpoints.Endpoint endpoint, RequestSpecification request, String refusal, String how,
            List<String> accepted) {
        Response response = request.request(endpoint.method(), endpoint.path().replaceAll("\\{[^}]+}", "999999999"));
        if (response.statusCode() != 403 || !response.asString().contains(refusal)) {
            accepted.add(endpoint.key() + " " + how + ": " + response.statusCode());
        }
    }

    private static RequestSpecification request(Endpoints.Endpoint endpoint) {
        RequestSpecification request = given().redirects().follow(false);
        if (endpoint.consumes().startsWith("multipart/")) {
            return request.multiPart("name", "x");
        }
        if (endpoint.consumes().startsWith("text/")) {
            return request.contentType(endpoint.consumes()).body("iso2,value\n");
        }
        if (endpoint.path().startsWith("/api/")) {
            return request.contentType("application/json").body("{}");
        }
        return request.contentType("application/x-www-form-urlencoded").formParam("name", "x");
    }

    private static List<Endpoints.Endpoint> unsafe(boolean api) {
        return Endpoints.discover().stream()
                .filter(e -> !List.of("GET", "HEAD", "OPTIONS").contains(e.method()))
                .filter(e -> e.path().startsWith("/api/") == api)
                .toList();
    }
}
