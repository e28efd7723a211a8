package dev.custody.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The procurement form at /purchase-requests/new; the gate decides when it is submitted. */
final class PurchaseRequestFormPage {
    private final Browser browser;

    private PurchaseRequestFormPage(Browser browser) {
        this.browser = browser;
        browser.awaitPath("/purchase-requests/new");
    }

    /** From the procurement list, follows its "New purchase request" button. */
    static PurchaseRequestFormPage fromList(Browser browser) {
        browser.awaitPath("/purchase-requests");
        browser.clickAndLoad(browser.find(By.cssSelector("main a[href='/purchase-requests/new']")));
        return new PurchaseRequestFormPage(browser);
    }

    PurchaseRequestFormPage vendor(String name) {
        new Select(browser.find(By.id("vendorId"))).selectByVisibleText(name);
        return this;
    }

    PurchaseRequestFormPage item(String item) {
        type("item", item);
        return this;
    }

    PurchaseRequestFormPage quantity(int quantity) {
        type("quantity", String.valueOf(quantity));
        return this;
    }

    PurchaseRequestFormPage unitPrice(String price) {
        type("unitPrice", price);
        return this;
    }

    /** The deployment criticality by its value: LOW, MEDIUM, HIGH or CRITICAL. */
    PurchaseRequestFormPage criticality(String criticality) {
        new Select(browser.find(By.id("criticality"))).selectByValue(criticality);
        return this;
    }

    /** Submits; the gate decides at once and the browser lands on the decision page. */
    DecisionPage submit() {
        browser.clickAndLoad(browser.find(By.cssSelector("form.form .form-actions button[type=submit]")));
        return new DecisionPage(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
