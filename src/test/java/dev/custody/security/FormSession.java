package dev.custody.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser signed in through the real sign-in form: it keeps every cookie the server sets (session, CSRF) and
 * sends them back, and reads the CSRF token from a page as a browser would.
 */
public final class FormSession {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private final Map<String, String> cookies;

    private FormSession(Map<String, String> cookies) {
        this.cookies = cookies;
    }

    public static FormSession signIn(String user, String password) {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
        if (login.getCookie("custody-session") == null) {
            throw new AssertionError("sign-in of " + user + " failed: " + login.statusCode() + " " + login.headers());
        }
        return new FormSession(new LinkedHashMap<>(login.getCookies()));
    }

    /** The same cookies in another client, as an attacker who copied them would hold them. */
    public FormSession copy() {
        return new FormSession(new LinkedHashMap<>(cookies));
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** A request carrying this browser's cookies; redirects are not followed. */
    public RequestSpecification request() {
        return given().redirects().follow(false).accept("text/html").cookies(cookies);
    }

    /** Opens a page and answers the CSRF token of its forms, keeping the cookies the page sets. */
    public String csrfFrom(String page) {
        Response response = request().get(page);
        if (response.statusCode() != 200) {
            throw new AssertionError(page + " answered " + response.statusCode());
        }
        keep(response);
        Matcher matcher = CSRF_FIELD.matcher(response.asString());
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field on " + page);
        }
        return matcher.group(1);
    }

    /** Posts a form as the browser would, with the token given. */
    public Response post(String path, String token, Map<String, String> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded").formParam("_csrf", token);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        Response response = request.post(path);
        keep(response);
        return response;
    }

    private void keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
