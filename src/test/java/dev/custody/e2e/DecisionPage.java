package dev.custody.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A purchase request's page: the decision in force with its rules and conditions, the override form, every decision. */
final class DecisionPage {
    /** One condition row: what must be put in place, by whom and when. */
    record Condition(String name, String cost, String owner, String deadline) {
    }

    private final Browser browser;

    DecisionPage(Browser browser) {
        this.browser = browser;
        browser.awaitPath("/purchase-requests/\\d+");
        browser.find(By.id("decision"));
    }

    static DecisionPage open(Browser browser, long id) {
        browser.open("/purchase-requests/" + id);
        return new DecisionPage(browser);
    }

    long id() {
        return Long.parseLong(browser.path().substring(browser.path().lastIndexOf('/') + 1));
    }

    /** The outcome badge of the decision in force, e.g. "Approved with conditions". */
    String outcome() {
        return browser.find(By.cssSelector("#decision h2 .badge")).getText();
    }

    List<String> rules() {
        return texts("#decision ol.rules li");
    }

    List<Condition> conditions() {
        return browser.driver().findElements(By.cssSelector("#decision table tbody tr")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            return new Condition(cells.get(0).findElement(By.tagName("strong")).getText(), cells.get(1).getText(),
                    cells.get(2).getText(), cells.get(3).getText());
        }).toList();
    }

    /** Whether the page offers this user the override form itself (not asking for one, not answering a request). */
    boolean offersOverride() {
        return browser.present(By.cssSelector("#override form[action$='/override']"));
    }

    /** Asks an approver for another outcome (procurement), with the reason. */
    DecisionPage askOverride(String outcome, String reason) {
        new Select(browser.find(By.id("wanted"))).selectByValue(outcome);
        browser.find(By.id("reason")).sendKeys(reason);
        browser.clickAndLoad(browser.find(By.cssSelector("#override form[action$='/override-requests'] button")));
        return new DecisionPage(browser);
    }

    /** Grants the override request waiting on this page (an approver), with a written justification. */
    DecisionPage grantRequest(String justification) {
        browser.find(By.id("answerJustification")).sendKeys(justification);
        browser.clickAndLoad(browser.find(By.cssSelector("#override button[name=answer][value=grant]")));
        return new DecisionPage(browser);
    }

    /** The cheaper paths named when the conditions are not viable against the purchase, empty when they are. */
    List<String> cheaperPaths() {
        return texts("#cheaper-paths li");
    }

    /** The purchase's total value as shown, e.g. "80,000.00 USD". */
    String totalValue() {
        return browser.find(By.id("request-total")).getText();
    }

    /** Grants another outcome (APPROVE, APPROVE_WITH_CONDITIONS or REJECT) with a written justification. */
    DecisionPage override(String outcome, String justification) {
        new Select(browser.find(By.id("outcome"))).selectByValue(outcome);
        browser.find(By.id("justification")).sendKeys(justification);
        browser.clickAndLoad(browser.find(By.cssSelector("#override button[type=submit]")));
        return new DecisionPage(browser);
    }

    /** Every decision, oldest first, as the cells of the history table (decided, how, decision, by, justification). */
    List<List<String>> history() {
        return browser.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
