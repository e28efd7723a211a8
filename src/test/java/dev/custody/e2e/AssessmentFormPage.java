package dev.custody.e2e;

import dev.custody.network.InsiderFactor;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The insider-threat assessment form: one rating (0 best .. 4 worst, or unknown) per factor. */
final class AssessmentFormPage {
    private final Browser browser;

    AssessmentFormPage(Browser browser) {
        this.browser = browser;
        browser.awaitPath("/assessments/\\d+/edit|/organizations/\\d+/assessments/new");
    }

    /** Picks a factor's rating in its drop-down. */
    AssessmentFormPage rate(InsiderFactor factor, int rating) {
        new Select(browser.find(By.id("factor-" + factor.name()))).selectByValue(factor.name() + ":" + rating);
        return this;
    }

    AssessmentFormPage evidence(String note) {
        var field = browser.find(By.id("evidenceNote"));
        field.clear();
        field.sendKeys(note);
        return this;
    }

    /** Saves and follows the redirect back to the organization's profile. */
    OrganizationProfilePage save() {
        browser.clickAndLoad(browser.find(By.cssSelector("form.form .form-actions button[type=submit]")));
        return new OrganizationProfilePage(browser);
    }
}
