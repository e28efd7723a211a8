package dev.custody.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Organization;
import dev.custody.security.DemoUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The main pages, signed in as admin (who sees every menu), in a desktop window (1366x900) and on a phone
 * (390x844): no page scrolls sideways and no element sticks out of the window, except inside a box that scrolls
 * (a wide table in its card). On the phone the menu is collapsed behind a button and opens in the window.
 * Each page is saved as a screenshot under target/e2e-screenshots/screen-sizes, or where
 * -Dcustody.e2e.screenshots names (docs/screenshots for the README).
 */
@QuarkusTest
class ScreenSizesJourneyTest {
    private static final Path OUT = Path.of(System.getProperty("custody.e2e.screenshots",
            "target/e2e-screenshots/screen-sizes"));
    /** Elements outside the viewport that are not inside a box scrolling on its own, a closed menu or hidden text. */
    private static final String OUTSIDE = """
            const vw = document.documentElement.clientWidth, out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || e.closest('.visually-hidden, .skip-link')) continue;
              const closed = e.closest('details:not([open])');
              if (closed && closed !== e && !(e.closest('summary') && closed.contains(e.closest('summary')))) continue;
              const style = getComputedStyle(e);
              if (style.visibility === 'hidden' || style.display === 'none') continue;
              let p = e.parentElement, scrolls = false;
              for (; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') { scrolls = true; break; }
              }
              if (!scrolls && (r.left < -1 || r.right > vw + 1)) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className)
                    .trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)
                    + ' "' + (e.textContent || '').trim().slice(0, 30) + '"');
              }
            }
            return out;""";

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Path and file name of every main page. */
    private static Map<String, String> pages(long vendorId) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/dashboard", "dashboard");
        pages.put("/vendors", "vendors");
        pages.put("/organizations", "network");
        pages.put("/organizations/" + vendorId, "vendor-profile");
        pages.put("/search?q=sys", "search");
        pages.put("/purchase-requests", "procurement");
        pages.put("/purchase-requests/new", "purchase-request-form");
        pages.put("/import", "import");
        pages.put("/reports", "reports");
        pages.put("/safeguards", "safeguards");
        pages.put("/economics/portfolio", "portfolio");
        pages.put("/methodology", "methodology");
        pages.put("/admin/scoring-models", "admin-scoring-models");
        pages.put("/admin/users", "admin-users");
        pages.put("/organizations/999999999", "error-not-found");
        return pages;
    }

    @Test
    void everyMainPageFitsADesktopWindowAndAPhone() throws IOException {
        long halvard = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>find(
                "name like ?1", "Halvard Systems%").firstResult().id);
        browser = browser == null ? Browser.start(root) : browser;
        browser.signOut();
        LoginPage.open(browser).signIn("admin", DemoUsers.DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            Path folder = Files.createDirectories(OUT.resolve(size[0] + "x" + size[1]));
            for (Map.Entry<String, String> page : pages(halvard).entrySet()) {
                browser.open(page.getKey());
                browser.find(By.cssSelector("header.topbar"));
                problems.addAll(check(size[0] + "x" + size[1] + " " + page.getKey()));
                Files.write(folder.resolve(page.getValue() + ".png"), browser.screenshot());
            }
        }
        assertThat(problems).as("pages that scroll sideways or have elements outside the window").isEmpty();
    }

    @Test
    void onAPhoneTheMenuCollapsesBehindAButtonAndOpensInsideTheWindow() throws IOException {
        browser = browser == null ? Browser.start(root) : browser;
        browser.signOut();
        LoginPage.open(browser).signIn("admin", DemoUsers.DEMO_PASSWORD);
        browser.resize(390, 844);
        browser.open("/vendors");
        WebElement vendorsLink = browser.driver().findElement(By.cssSelector(".mainnav a[href='/vendors']"));
        WebElement signOut = browser.driver().findElement(By.cssSelector("form.signout button"));
        assertThat(vendorsLink.isDisplayed()).as("menu hidden until asked for").isFalse();
        assertThat(signOut.isDisplayed()).isFalse();
        assertThat(browser.find(By.id("top-search")).isDisplayed()).isTrue();

        browser.find(By.cssSelector("label.nav-toggle-label")).click();
        assertThat(vendorsLink.isDisplayed()).isTrue();
        assertThat(signOut.isDisplayed()).isTrue();
        browser.find(By.cssSelector(".mainnav details.navmenu summary")).click();
        assertThat(browser.find(By.cssSelector(".mainnav a[href='/safeguards']")).isDisplayed()).isTrue();
        assertThat(check("390x844 /vendors with the menu open")).isEmpty();
        Files.write(Files.createDirectories(OUT.resolve("390x844")).resolve("menu-open.png"), browser.screenshot());

        browser.resize(1366, 900);
        assertThat(vendorsLink.isDisplayed()).as("the full menu on a desktop").isTrue();
        assertThat(browser.driver().findElement(By.cssSelector("label.nav-toggle-label")).isDisplayed()).isFalse();
    }

    /** What sticks out on the current page: a sideways scroll of the page, elements beyond the viewport. */
    @SuppressWarnings("unchecked")
    private static List<String> check(String where) {
        List<String> found = new ArrayList<>();
        long scrollWidth = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        long clientWidth = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.clientWidth");
        if (scrollWidth > clientWidth) {
            found.add(where + ": the page scrolls sideways (" + scrollWidth + " px wide in " + clientWidth + ")");
        }
        List<Object> outside = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(OUTSIDE);
        outside.stream().limit(5).forEach(e -> found.add(where + ": outside the window: " + e));
        return found;
    }
}
