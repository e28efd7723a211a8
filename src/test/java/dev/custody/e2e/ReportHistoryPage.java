package dev.custody.e2e;

import java.util.List;
import org.openqa.selenium.By;

/** The report history at /reports: every generated report, newest first. */
final class ReportHistoryPage {
    /** One row of the history, from its data- attributes. */
    record Row(long id, String kind, String format, String status) {
    }

    private final Browser browser;

    private ReportHistoryPage(Browser browser) {
        this.browser = browser;
    }

    static ReportHistoryPage open(Browser browser) {
        browser.open("/reports");
        browser.awaitPath("/reports");
        browser.find(By.id("report-history"));
        return new ReportHistoryPage(browser);
    }

    List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("#report-history tbody tr")).stream()
                .map(tr -> new Row(Long.parseLong(tr.getAttribute("data-report-id")), tr.getAttribute("data-kind"),
                        tr.getAttribute("data-format"), tr.getAttribute("data-status")))
                .toList();
    }
}
