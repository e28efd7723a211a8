package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every row of src/test/resources/security/authorization-matrix.txt with real requests (HTTP Basic for
 * the API, a form-login session for pages, no @TestSecurity) and checks each caller's outcome; fails when a
 * JAX-RS endpoint is missing from the table or a row names an endpoint that no longer exists.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final String DUMMY_ID = "999999999";
    private static final String CSRF_REFUSED_PAGE = "did not come from Custody";
    private static final String CSRF_REFUSED_API = "from another web site";
    private static final String ROLE_REFUSED = "Your role does not allow this";

    private final List<MatrixRow> rows = MatrixRow.load();
    private final Map<String, Map<String, String>> sessions = new LinkedHashMap<>();

    private void signInEveryDemoUser() {
        for (String user : MatrixRow.CALLERS.subList(1, MatrixRow.CALLERS.size())) {
            Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", user).formParam("j_password", DemoUsers.DEMO_PASSWORD)
                    .post("/j_security_check");
            assertThat(login.getCookie("custody-session")).as("session of " + user).isNotBlank();
            sessions.put(user, login.getCookies());
        }
    }

    @Test
    void shouldListEveryEndpointOfTheApplication() {
        Set<String> listed = new TreeSet<>();
        rows.forEach(row -> listed.add(row.key()));
        Set<String> missing = new TreeSet<>();
        Endpoints.discover().forEach(endpoint -> {
            if (!listed.contains(endpoint.key())) {
                missing.add(endpoint.key());
            }
        });
        assertThat(missing).as("endpoints missing from authorization-matrix.txt (add a row for each)").isEmpty();
        assertThat(Endpoints.discover()).as("endpoints found by reflection").hasSizeGreaterThan(100);
    }

    @Test
    void shouldNameOnlyEndpointsThatExist() {
        Set<String> existing = new TreeSet<>();
        Endpoints.discover().forEach(endpoint -> existing.add(endpoint.key()));
        List<String> stale = rows.stream().filter(row -> !row.path().startsWith("/q/"))
                .map(MatrixRow::key).filter(key -> !existing.contains(key)).toList();
        assertThat(stale).as("rows of authorization-matrix.txt without an endpoint").isEmpty();
    }

    @Test
    void shouldGiveEveryCallerTheOutcomeOfTheTable() {
        signInEveryDemoUser();
        List<String> wrong = new ArrayList<>();
        for (MatrixRow row : rows) {
            for (int i = 0; i < MatrixRow.CALLERS.size(); i++) {
                String caller = MatrixRow.CALLERS.get(i);
                Response response = send(row, caller);
                String seen = outcome(row, response);
                if (!seen.equals(row.outcomes().get(i))) {
                    wrong.add(row.key() + " as " + caller + ": expected " + row.outcomes().get(i) + ", got " + seen
                            + " (" + response.statusCode() + ")");
                }
            }
        }
        assertThat(wrong).as("callers whose outcome differs from the table").isEmpty();
    }

    private Response send(MatrixRow row, String caller) {
        RequestSpecification request = given().redirects().follow(false);
        boolean basic = row.path().startsWith("/api/") || row.path().equals("/q/metrics");
        if (!caller.equals("anonymous")) {
            request = basic ? request.auth().preemptive().basic(caller, DemoUsers.DEMO_PASSWORD)
                    : request.cookies(sessions.get(caller));
        }
        request = basic ? request.accept("application/json") : request.accept("text/html");
        if (row.isUnsafe()) {
            // Never changes anything: pages get no CSRF token, the API a request marked as cross-site.
            request = basic ? request.header("Sec-Fetch-Site", "cross-site") : request;
            request = withBody(request, Endpoints.consumes(row));
        }
        return request.request(row.method(), row.path().replaceAll("\\{[^}]+}", DUMMY_ID));
    }

    private static RequestSpecification withBody(RequestSpecification request, String consumes) {
        if (consumes.startsWith("multipart/")) {
            return request.multiPart("unused", "unused");
        }
        if (consumes.startsWith("application/x-www-form-urlencoded")) {
            return request.contentType(consumes).formParam("unused", "unused");
        }
        if (consumes.startsWith("text/")) {
            return request.contentType(consumes).body("unused");
        }
        return request.contentType("application/json").body("{}");
    }

    private static String outcome(MatrixRow row, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            // A crash is never an outcome of the table, whoever calls: not "ok", not "login", not "deny".
            return "server error";
        }
        String location = response.header("Location");
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return "login";
        }
        String body = response.asString();
        if (status == 403 && body.contains(ROLE_REFUSED)) {
            return "deny";
        }
        if (row.isUnsafe()) {
            boolean stoppedByCsrf = status == 403 && (body.contains(CSRF_REFUSED_PAGE) || body.contains(CSRF_REFUSED_API));
            return stoppedByCsrf ? "ok" : "not stopped by CSRF";
        }
        return status == 403 ? "403 without the role message" : "ok";
    }
}
