package dev.custody.e2e;

/**
 * Where a user lands after signing in ("/" redirects there): the vendor list, for every role but executives (they
 * land on the {@link DashboardPage}).
 */
final class HomePage {
    static final String PATH = "/vendors";

    HomePage(Browser browser) {
        browser.awaitPath(PATH);
    }
}
