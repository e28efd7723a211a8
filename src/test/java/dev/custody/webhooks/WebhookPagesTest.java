package dev.custody.webhooks;

import static dev.custody.network.pages.PageFixtures.csrfFrom;
import static dev.custody.network.pages.PageFixtures.formPost;
import static dev.custody.webhooks.Webhooks.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.pages.PageFixtures;
import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.ImportFinished;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin pages: register with errors beside the fields, the secret once, test event, log, pause. */
@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN)
class WebhookPagesTest {
    private static final Pattern SECRET = Pattern.compile("<code>(whsec_[A-Za-z0-9_-]+)</code>");

    private Receiver receiver;

    @AfterEach
    void cleanUp() {
        Webhooks.removeAll();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void shouldShowEachProblemBesideItsFieldAndSaveNothing() {
        PageFixtures.Csrf csrf = csrfFrom("/admin/webhooks/new");
        String page = formPost(csrf).formParam("url", "http://192.168.1.10/hook").formParam("description", "Lab")
                .post("/admin/webhooks").then().statusCode(400).extract().asString();
        assertThat(page).contains("id=\"url-error\"").contains("loopback, private or reserved address")
                .contains("id=\"events-error\"").contains("choose at least one event")
                .contains("value=\"http://192.168.1.10/hook\"");
        assertThat(QuarkusTransactionCount.endpoints()).isZero();
    }

    @Test
    void shouldRegisterShowTheSecretOnceSendATestEventAndLogIt() {
        receiver = Receiver.start().answering(200);
        PageFixtures.Csrf csrf = csrfFrom("/admin/webhooks/new");
        String created = formPost(csrf).formParam("url", receiver.url()).formParam("description", "Ticketing")
                .formParam("events", BandChanged.TYPE).formParam("events", ImportFinished.TYPE)
                .formParam("active", "true").post("/admin/webhooks").then().statusCode(201)
                .body(containsString("not shown again")).extract().asString();
        Matcher secret = SECRET.matcher(created);
        assertThat(secret.find()).isTrue();
        long id = Webhooks.admin().get("/api/webhooks").then().extract().jsonPath().getLong("[0].id");
        String path = "/admin/webhooks/" + id;

        given().accept("text/html").get(path).then().statusCode(200).body(not(containsString(secret.group(1))))
                .body(containsString("Band changed, Import finished")).body(containsString("Nothing queued"));
        formPost(csrf).post(path + "/test").then().statusCode(303).header("Location", containsString("done=tested"));
        await(Duration.ofSeconds(60), "the test event", () -> !receiver.received().isEmpty());
        assertThat(WebhookSignature.verify(secret.group(1), receiver.received().get(0).signature(),
                receiver.received().get(0).body(), java.time.Instant.now().getEpochSecond(), 300)).isTrue();
        await(Duration.ofSeconds(60), "the log", () -> given().accept("text/html").get(path).asString()
                .contains("answered HTTP 200"));
        given().accept("text/html").get(path).then().body(containsString("Test event"))
                .body(containsString("delivered")).body(containsString("HTTP 200"));

        formPost(csrf).formParam("active", "false").post(path + "/active").then().statusCode(303);
        given().accept("text/html").get(path + "?done=paused").then().body(containsString("Paused: nothing is queued"))
                .body(containsString(">Resume<"));
        given().accept("text/html").get("/admin/webhooks").then().statusCode(200).body(containsString(receiver.url()))
                .body(containsString("paused"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldKeepThePagesToAdministrators() {
        given().accept("text/html").get("/admin/webhooks").then().statusCode(403);
    }

    /** Counts outside the request, in a transaction of its own. */
    static final class QuarkusTransactionCount {
        static long endpoints() {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> WebhookEndpoint.count());
        }
    }
}
