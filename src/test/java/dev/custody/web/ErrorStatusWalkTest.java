package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;

import dev.custody.security.DemoUsers;
import dev.custody.security.FormSession;
import dev.custody.security.WebSessions;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Finding 6 of issue 16: every error status the API can answer is application/problem+json with title, status and
 * detail (and Retry-After for 429 and 503), including those produced before JAX-RS (sign-in challenges, body and
 * address limits, the login throttle, the database out of reach); a browser gets the error page with the real
 * status, and the navigation when signed in.
 */
@QuarkusTest
class ErrorStatusWalkTest {
    private static final byte[] TOO_LARGE = new byte[13 * 1024 * 1024];

    static {
        Arrays.fill(TOO_LARGE, (byte) 'a');
    }

    private static RequestSpecification admin() {
        return given().redirects().follow(false).auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD);
    }

    private static void problem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        if (status == 429 || status == 503) {
            assertThat(response.header("Retry-After")).matches("[1-9][0-9]*");
        }
    }

    private static void page(Response response, int status, boolean signedIn) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        String body = response.asString();
        assertThat(body).contains("class=\"status-code\">" + status + "<").contains("href=\"/\"");
        assertThat(body.contains("Sign out")).as("navigation shown").isEqualTo(signedIn);
    }

    @Test
    void shouldAnswerEveryErrorOfTheApiAsAProblem() {
        Response anonymous = given().get("/api/organizations");
        problem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        problem(given().auth().preemptive().basic("admin", "wrong").get("/api/organizations"), 401);
        problem(given().auth().preemptive().basic("executive", DemoUsers.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("name", "Denied")).post("/api/organizations"), 403);
        problem(admin().get("/api/organizations/999999999"), 404);
        problem(admin().get("/api/no-such-thing"), 404);
        problem(admin().patch("/api/countries"), 405);
        long id = admin().contentType("application/json").body(Map.of("name", "Walk " + UUID.randomUUID(), "kind",
                "VENDOR", "hqCountry", "US", "ownership", "PRIVATE")).post("/api/organizations").jsonPath().getLong("id");
        problem(admin().contentType("application/json").header("If-Match", "\"41\"").body(Map.of("name", "Walk stale",
                "kind", "VENDOR", "hqCountry", "US", "ownership", "PRIVATE")).put("/api/organizations/" + id), 409);
        assertThat(raw(declaredTooLarge("/api/economics/estimate", BASIC_ADMIN, "application/json")))
                .startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413").contains("\"detail\":\"The request is larger than the 12 MB");
        assertThat(chunkedTooLarge("/api/economics/estimate", BASIC_ADMIN, "application/json"))
                .startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
        problem(admin().get("/api/organizations?q=" + "a".repeat(9000)), 414);
        problem(admin().contentType("text/xml").body("<organization/>").post("/api/organizations"), 415);
        String guessed = "walk-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(guessed, "guess-" + i).get("/api/organizations").then().statusCode(401);
        }
        problem(given().auth().preemptive().basic(guessed, "guess").get("/api/organizations"), 429);
        problem(admin().get("/api/test-only/failure"), 500);
        problem(admin().get("/api/test-only/outage"), 503);
    }

    @Test
    void shouldShowBrowsersTheErrorPageWithTheRealStatus() {
        given().redirects().follow(false).accept("text/html").get("/vendors").then().statusCode(302)
                .header("Location", endsWith("/login"));
        FormSession analyst = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        FormSession admin = FormSession.signIn("admin", DemoUsers.DEMO_PASSWORD);
        page(analyst.request().get("/admin/users"), 403, true);
        page(analyst.request().get("/organizations/999999999"), 404, true);
        page(analyst.request().put("/vendors"), 405, true);
        // A body declared too large is refused before anyone is signed in: the page has no menu, only the way back.
        String cookies = "Cookie: " + analyst.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b).orElseThrow() + "\r\nAccept: text/html\r\n";
        assertThat(raw(declaredTooLarge("/organizations", cookies, "application/x-www-form-urlencoded")))
                .startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: text/html")
                .contains("class=\"status-code\">413<");
        page(analyst.request().get("/vendors?q=" + "a".repeat(9000)), 414, true);
        page(analyst.request().contentType("text/xml").body("<organization/>").post("/organizations"), 415, true);
        page(admin.request().get("/test-only/failure"), 500, true);
        Response outage = admin.request().get("/test-only/outage");
        page(outage, 503, true);
        assertThat(outage.header("Retry-After")).matches("[1-9][0-9]*");
    }

    @Test
    void shouldShowAStaleEditOfAPageFormAsAConflict() {
        FormSession analyst = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        long id = given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("name", "Walk page " + UUID.randomUUID(), "kind", "VENDOR", "hqCountry", "US",
                        "ownership", "PRIVATE")).post("/api/organizations").jsonPath().getLong("id");
        String token = analyst.csrfFrom("/organizations/" + id + "/edit");
        Response stale = analyst.post("/organizations/" + id, token, Map.of("name", "Walk page stale", "kind", "VENDOR",
                "hqCountry", "US", "ownership", "PRIVATE", "version", "41"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("text/html");
    }

    @Test
    void shouldSendTheSignInFormBackWithTheWaitWhenThrottled() {
        String guessed = "walk-page-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            formLogin(guessed, "guess-" + i);
        }
        formLogin(guessed, "guess").then().statusCode(302).header("Location", containsString("/login?error=throttled"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void shouldAnswer503WhenTheSessionsCannotBeCheckedNeverLetThrough() {
        FormSession analyst = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        QuarkusMock.installMockForType(new WebSessions() {
            @Override
            public Optional<dev.custody.security.WebSession> check(String token, String username) {
                throw new IllegalStateException("web_session cannot be read");
            }
        }, WebSessions.class);
        Response refused = analyst.request().get("/vendors");
        page(refused, 503, false);
        assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
    }

    private static final String BASIC_ADMIN = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)) + "\r\n";

    private static String declaredTooLarge(String path, String headers, String type) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Content-Type: " + type
                + "\r\nContent-Length: " + TOO_LARGE.length + "\r\n\r\n";
    }

    /** The server answers a declared length at once and closes: announce it, send nothing, read the answer. */
    private static String raw(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return answer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server answered: everything until it closes, or until it has been quiet for two seconds. */
    private static String answer(Socket socket) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = socket.getInputStream().read(buffer); n > 0; n = socket.getInputStream().read(buffer)) {
                read.write(buffer, 0, n);
                socket.setSoTimeout(2_000);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // whatever arrived is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** A chunked body that grows past the limit; the server may stop reading once it has seen too much. */
    private static String chunkedTooLarge(String path, String headers, String type) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Content-Type: " + type
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try {
                byte[] start = "{\"probability\":\"".getBytes(StandardCharsets.US_ASCII);
                out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(start);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int sent = 0; sent < TOO_LARGE.length; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // the answer is already waiting
            }
            return answer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response formLogin(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }
}
