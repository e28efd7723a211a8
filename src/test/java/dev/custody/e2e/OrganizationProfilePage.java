package dev.custody.e2e;

import org.openqa.selenium.By;

/** An organization's profile (a vendor's or a subcontractor's): the score card, sub-tiers, buyers, assessments. */
final class OrganizationProfilePage {
    private final Browser browser;

    OrganizationProfilePage(Browser browser) {
        this.browser = browser;
        browser.awaitPath("/organizations/\\d+");
        browser.find(By.id("score-inherited"));
    }

    static OrganizationProfilePage open(Browser browser, long id) {
        browser.open("/organizations/" + id);
        return new OrganizationProfilePage(browser);
    }

    String name() {
        return browser.find(By.cssSelector(".profile-head h1")).getText();
    }

    /** The inherited score as the score card shows it (one decimal). */
    double inheritedScore() {
        return Double.parseDouble(browser.find(By.id("score-inherited")).getText());
    }

    double ownScore() {
        return Double.parseDouble(browser.find(By.id("score-own")).getText());
    }

    /** Follows the sub-tier link to a supplier's profile. */
    OrganizationProfilePage supplier(long id) {
        return follow("#subtiers a[href='/organizations/" + id + "']");
    }

    /** Follows the link of the buyers section to a buyer's profile. */
    OrganizationProfilePage buyer(long id) {
        return follow("#buyers a[href='/organizations/" + id + "']");
    }

    /** Opens the newest assessment's edit form (the first column of the assessments table). */
    AssessmentFormPage editLatestAssessment() {
        browser.clickAndLoad(browser.find(By.cssSelector("#assessments .assessment-head a[href$='/edit']")));
        return new AssessmentFormPage(browser);
    }

    /** Whether the page says the last form was saved. */
    boolean saved() {
        return browser.present(By.cssSelector(".profile > .alert.success"));
    }

    private OrganizationProfilePage follow(String css) {
        browser.clickAndLoad(browser.find(By.cssSelector(css)));
        return new OrganizationProfilePage(browser);
    }
}
