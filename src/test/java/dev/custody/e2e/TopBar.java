package dev.custody.e2e;

import java.util.List;
import org.openqa.selenium.By;

/** The top bar of every signed-in page: who is signed in, the main navigation, and sign-out. */
final class TopBar {
    private final Browser browser;

    TopBar(Browser browser) {
        this.browser = browser;
    }

    String user() {
        return browser.find(By.cssSelector(".topbar .who span:last-child")).getText();
    }

    /** The labels of the main navigation, in order. */
    List<String> navigation() {
        // textContent: the links inside a closed menu (Economics, Reference, Admin) count as well
        return browser.driver().findElements(By.cssSelector(".mainnav a")).stream()
                .map(a -> a.getAttribute("textContent").strip()).toList();
    }

    /** Follows the main navigation link with this label. */
    void go(String label) {
        browser.clickAndLoad(browser.find(By.xpath("//nav[contains(@class,'mainnav')]/a[normalize-space()='" + label + "']")));
    }

    /** Signs out with the top bar's button and lands on the sign-in page again. */
    LoginPage signOut() {
        browser.clickAndLoad(browser.find(By.cssSelector("form.signout button[type=submit]")));
        browser.awaitPath("/login");
        return LoginPage.open(browser);
    }
}
