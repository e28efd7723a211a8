package dev.custody.e2e;

import org.openqa.selenium.By;

/** Where a user lands after signing in ("/" redirects there): for now the vendor list, for every role. */
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
