package dev.custody.security.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The code flow in Chromium: Keycloak's real login page, back to Custody with the realm roles, and sign-out. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
@Tag("keycloak")
class KeycloakBrowserTest {
    private WebDriver browser;
    private Path profileDir;

    @BeforeAll
    static void keycloakIsRunning() {
        Keycloak.requireRunning();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("custody-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // a desktop window: below 1180 pixels the navigation and Sign out fold behind the Menu button
                "--window-size=1366,900", "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profileDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (UncheckedIOException ignored) {
            // a leftover temporary directory does not matter
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void signInAtKeycloak(String user) {
        waiting().until(ExpectedConditions.urlContains(KeycloakProfile.REALM + "/protocol/openid-connect/auth"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        waiting().until(ExpectedConditions.urlContains(KeycloakProfile.APP));
    }

    /** The browser's Custody cookies on a RestAssured request, to see the status codes the browser got. */
    private RequestSpecification withBrowserSession() {
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie cookie : browser.manage().getCookies()) {
            request = request.cookie(cookie.getName(), cookie.getValue());
        }
        return request;
    }

    @Test
    void shouldSignInThroughKeycloakUseTheTokenRolesAndSignOut() {
        browser.get(KeycloakProfile.APP + "/vendors");
        signInAtKeycloak("analyst");

        waiting().until(ExpectedConditions.urlToBe(KeycloakProfile.APP + "/vendors"));
        assertThat(browser.findElement(By.cssSelector(".topbar .who")).getAttribute("textContent")).contains("analyst");
        // Roles come from the access token: the analyst may edit, but is no administrator.
        withBrowserSession().get("/organizations/new").then().statusCode(200);
        assertThat(browser.findElements(By.cssSelector("a[href='/admin/scoring-models']"))).isEmpty();

        browser.findElement(By.cssSelector(".signout button")).click();
        waiting().until(ExpectedConditions.urlContains("/login?signedOut=true"));
        assertThat(browser.findElement(By.cssSelector(".alert.info")).getText()).isEqualTo("You have signed out.");

        // Keycloak's session ended too: the next page asks for the password again.
        browser.get(KeycloakProfile.APP + "/vendors");
        waiting().until(ExpectedConditions.urlContains(KeycloakProfile.REALM + "/protocol/openid-connect/auth"));
        assertThat(browser.findElements(By.id("kc-login"))).hasSize(1);
    }

    @Test
    void shouldRefuseAWrongPasswordAndKeepAnExecutiveFromEditing() {
        browser.get(KeycloakProfile.APP + "/vendors");
        waiting().until(ExpectedConditions.urlContains(KeycloakProfile.REALM));
        browser.findElement(By.id("username")).sendKeys("executive");
        browser.findElement(By.id("password")).sendKeys("not-demo");
        browser.findElement(By.id("kc-login")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Invalid username or password"));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakProfile.REALM);

        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        waiting().until(ExpectedConditions.urlToBe(KeycloakProfile.APP + "/vendors"));
        assertThat(browser.findElement(By.cssSelector(".topbar .who")).getAttribute("textContent")).contains("executive");
        withBrowserSession().get("/vendors").then().statusCode(200);
        withBrowserSession().get("/organizations/new").then().statusCode(403);
    }
}
