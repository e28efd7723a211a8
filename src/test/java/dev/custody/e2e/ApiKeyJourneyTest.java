package dev.custody.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.security.DemoUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A risk analyst creates an API key in a real Chromium through the menu under their name, copies it from the page,
 * a script uses it, and the analyst revokes it on the page. Screenshots in target/e2e-screenshots/api-keys.
 */
@QuarkusTest
class ApiKeyJourneyTest {
    private static Browser browser;
    private final Screenshots shots = new Screenshots();

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void analystCreatesAKeyOnThePageAScriptUsesItAndTheAnalystRevokesIt() throws IOException {
        browser = Browser.start(root);
        shots.journey("api-keys", "a risk analyst creates an API key, a script uses it, the analyst revokes it");
        LoginPage.open(browser).signIn("analyst", DemoUsers.DEMO_PASSWORD);

        browser.find(By.cssSelector("details.usermenu summary")).click();
        browser.clickAndLoad(browser.find(By.linkText("API keys")));
        browser.awaitPath("/account/api-keys");
        browser.find(By.id("name")).sendKeys("Nightly export");
        assertThat(browser.find(By.cssSelector("input[name=roles][value=risk-analyst]")).isSelected()).isTrue();
        shots.take(browser, "form", "The API keys page under the analyst's name: a name, the roles (the analyst's "
                + "only role, ticked), no expiry.");
        browser.clickAndLoad(browser.find(By.cssSelector("form[action='/account/api-keys'] button[type=submit]")));

        String key = browser.find(By.cssSelector("code.api-key")).getText();
        assertThat(key).matches("custody_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        shots.take(browser, "created", "The new key, shown this once.");
        given().header("Authorization", "Bearer " + key).get("/api/countries/DE").then().statusCode(200);

        browser.open("/account/api-keys");
        assertThat(browser.driver().getPageSource()).doesNotContain(key).contains(key.substring(0, 20) + "…");
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='Nightly export']]"));
        assertThat(row.getText()).contains("Active").doesNotContain("not yet");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        // The revoke form redirects back to the same path, with ?revoked=1.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("revoked=1"));
        assertThat(browser.find(By.xpath("//tr[td[normalize-space()='Nightly export']]")).getText())
                .contains("Revoked", "by analyst");
        shots.take(browser, "revoked", "Revoked: the key stays listed, with who revoked it and when.");
        given().header("Authorization", "Bearer " + key).get("/api/countries/DE").then().statusCode(401);
    }
}
