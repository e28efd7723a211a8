package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of response, including sign-in challenges, errors and static files. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendTheHeadersOnPagesApiStaticFilesAndErrors() {
        Map<String, Supplier<Response>> responses = Map.of(
                "login page", () -> given().get("/login"),
                "redirect of an anonymous page", () -> given().redirects().follow(false).get("/vendors"),
                "401 of the API", () -> given().get("/api/organizations"),
                "API with Basic", () -> given().auth().preemptive().basic("executive", "demo").get("/api/organizations"),
                "404 of the API", () -> given().auth().preemptive().basic("executive", "demo").get("/api/nothing-here"),
                "static file", () -> given().get("/static/custody.css"),
                "health", () -> given().get("/q/health"));
        responses.forEach((what, request) -> {
            Response response = request.get();
            assertThat(response.header("Content-Security-Policy")).as(what).isEqualTo(SecurityHeaders.CSP);
            assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
        });
    }

    @Test
    void shouldForbidInlineScriptsAndFramingInThePolicy() {
        String csp = given().get("/login").header("Content-Security-Policy");
        assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self'");
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
    }

    @Test
    void shouldSendHstsOnlyInProduction() {
        boolean production = ConfigUtils.getProfiles().contains("pg");
        String hsts = given().get("/login").header("Strict-Transport-Security");
        if (production) {
            assertThat(hsts).isEqualTo(SecurityHeaders.HSTS);
        } else {
            assertThat(hsts).isNull();
        }
    }

    @Test
    void shouldMarkTheSessionAndCsrfCookiesHttpOnlyStrictAndSecureInProduction() {
        boolean production = ConfigUtils.getProfiles().contains("pg");
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "executive").formParam("j_password", "demo").post("/j_security_check");
        Response form = given().get("/login");
        List<String> cookies = List.of(setCookie(login, "custody-session"), setCookie(login, "custody-sid"),
                setCookie(form, "custody-csrf"));
        for (String cookie : cookies) {
            String lower = cookie.toLowerCase();
            assertThat(lower).as(cookie).contains("httponly").contains("samesite=strict");
            assertThat(lower.contains("; secure")).as(cookie).isEqualTo(production);
        }
    }

    @Test
    void shouldAddSecureToACookieOnlyOnce() {
        assertThat(SecurityHeaders.secure("a=b; Path=/; HttpOnly")).isEqualTo("a=b; Path=/; HttpOnly; Secure");
        assertThat(SecurityHeaders.secure("a=b; Secure; HttpOnly")).isEqualTo("a=b; Secure; HttpOnly");
        assertThat(SecurityHeaders.secure("secure=b; Path=/")).isEqualTo("secure=b; Path=/; Secure");
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + response.headers()));
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }
}
