package dev.custody.e2e;

import org.openqa.selenium.By;

/** The embedded sign-in page at /login: the form posts to Quarkus' j_security_check. */
final class LoginPage {
    private final Browser browser;

    private LoginPage(Browser browser) {
        this.browser = browser;
    }

    static LoginPage open(Browser browser) {
        browser.open("/login");
        browser.find(By.id("j_username"));
        return new LoginPage(browser);
    }

    /** Types the user name and password as a person would and signs in; the browser follows to the landing page. */
    TopBar signIn(String username, String password) {
        browser.find(By.id("j_username")).sendKeys(username);
        browser.find(By.id("j_password")).sendKeys(password);
        browser.clickAndLoad(browser.find(By.cssSelector("form[action='/j_security_check'] button[type=submit]")));
        return new TopBar(browser);
    }

    String error() {
        return browser.find(By.cssSelector(".login-card .alert.error")).getText();
    }
}
