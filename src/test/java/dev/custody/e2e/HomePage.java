package dev.custody.e2e;

import org.openqa.selenium.By;

/**
 * Where a user lands after signing in ("/" redirects there): the vendor list, for every role but executives (they
 * land on the {@link DashboardPage}).
 */
final class HomePage {
    static final String PATH = "/vendors";

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
        browser.awaitPath(PATH);
    }

    String heading() {
        return browser.find(By.cssSelector("main h1")).getText();
    }

    boolean offersNewOrganization() {
        return browser.present(By.cssSelector("main a[href='/organizations/new']"));
    }

    /** The rows of the vendor table. */
    int vendorRows() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr")).size();
    }
}
