package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.custody.security.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The approvers' inbox: a waiting override request is listed (page and API) with the count in the navigation, links to
 * its decision page whose one form grants it, and leaves the inbox once answered.
 */
@QuarkusTest
class ApproverInboxTest {
    private static final Pattern COUNT = Pattern.compile(
            "id=\"nav-approvals\"[^>]*>\\s*<span>Approvals</span>\\s*(?:<span class=\"count\">(\\d+)</span>)?");

    @Test
    void shouldListAWaitingOverrideRequestUntilItIsGranted() {
        int id = GatingApi.scoreRejected("buyer");
        int asked = as("buyer").body(Map.of("outcome", "APPROVE", "reason", "Sole source for the spare part"))
                .post("/api/purchase-requests/" + id + "/override-requests").then().statusCode(201).extract().path("id");

        JsonPath inbox = as("approver").get("/api/approvals").then().statusCode(200).extract().jsonPath();
        assertThat(inbox.getList("overrideRequestId", Integer.class)).contains(asked);
        String item = "find { it.overrideRequestId == " + asked + " }";
        assertThat(inbox.getBoolean(item + ".answerable")).isTrue();
        assertThat(inbox.getString(item + ".inForce")).isEqualTo("Rejected");
        assertThat(inbox.getString(item + ".whyNot")).isNull();
        as("buyer").get("/api/approvals").then().statusCode(403);

        String page = page("approver", "/approvals");
        int before = count(page);
        assertThat(before).as("the count in the navigation").isPositive();
        assertThat(page).contains("id=\"inbox-" + asked + "\"")
                .contains("href=\"/purchase-requests/" + id + "#override\"");

        as("approver").body(Map.of("justification", "Approved by the CISO for one delivery"))
                .post("/api/override-requests/" + asked + "/grant").then().statusCode(200);
        as("approver").get("/api/approvals").then().body("overrideRequestId", not(hasItem(asked)));
        assertThat(count(page("approver", "/approvals")))
                .isEqualTo(before - 1);
    }

    @Test
    void shouldTellWhoAskedThatAnotherApproverAnswers() {
        int id = GatingApi.scoreRejected("buyer");
        int asked = as("approver").body(Map.of("outcome", "APPROVE", "reason", "Sole source"))
                .post("/api/purchase-requests/" + id + "/override-requests").then().statusCode(201).extract().path("id");
        as("approver").get("/api/approvals").then().body("find { it.overrideRequestId == " + asked + " }.answerable",
                is(false));
        assertThat(page("approver", "/approvals")).contains("id=\"inbox-" + asked + "\"")
                .contains("You asked for this override; another approver answers it.");
        assertThat(page("admin", "/approvals")).contains("href=\"/purchase-requests/" + id + "#override\"");
    }

    /** A page as the demo user, signed in through the login form. */
    private static String page(String user, String path) {
        Map<String, String> session = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user)
                .formParam("j_password", DemoUsers.DEMO_PASSWORD).post("/j_security_check").then().extract().cookies();
        return given().cookies(session).accept("text/html").get(path).then().statusCode(200).extract().asString();
    }

    private static int count(String page) {
        Matcher m = COUNT.matcher(page);
        assertThat(m.find()).as("the approvals link in the navigation").isTrue();
        return m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    }
}
