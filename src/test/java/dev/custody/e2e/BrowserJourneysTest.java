package dev.custody.e2e;

import static dev.custody.e2e.JourneyNetwork.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Fixtures;
import dev.custody.network.InsiderFactor;
import dev.custody.reports.pdf.PdfText;
import dev.custody.security.DemoUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The journeys that matter, in a real Chromium through the real sign-in page, one per role; each step is saved
 * as a screenshot under target/e2e-screenshots (see its index.md).
 */
@QuarkusTest
class BrowserJourneysTest {
    private static Browser browser;
    private static final Screenshots SHOTS = new Screenshots();

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void freshSession() throws IOException {
        if (browser == null) {
            browser = Browser.start(root);
        }
        browser.open("/login");
        browser.signOut();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        SHOTS.writeIndex();
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void analystEditsASubTierAssessmentAndSeesTheVendorsInheritedScoreFall() throws IOException {
        long vendor = JourneyNetwork.organization(Fixtures.unique("Journey Servers"), "VENDOR", "DK");
        long manufacturer = JourneyNetwork.organization(Fixtures.unique("Journey Assembly"), "CONTRACT_MANUFACTURER", "TW");
        long subcontractor = JourneyNetwork.organization(Fixtures.unique("Journey Boards"), "CONTRACT_MANUFACTURER", "TW");
        JourneyNetwork.boards(vendor, manufacturer);
        JourneyNetwork.boards(manufacturer, subcontractor);
        JourneyNetwork.assessment(vendor, 0, 0);
        JourneyNetwork.assessment(manufacturer, 0, 0);
        JourneyNetwork.assessment(subcontractor, 4, 4);
        SHOTS.journey("analyst", "a risk analyst edits a tier-2 subcontractor's insider-threat assessment");

        signIn("analyst");
        OrganizationProfilePage vendorPage = OrganizationProfilePage.open(browser, vendor);
        double before = vendorPage.inheritedScore();
        assertThat(before).isEqualTo(apiInherited(vendor));
        SHOTS.take(browser, "vendor-before", "The vendor's profile: inherited score " + before + " before the edit.");
        OrganizationProfilePage subPage = vendorPage.supplier(manufacturer).supplier(subcontractor);
        double subOwnBefore = subPage.ownScore();
        SHOTS.take(browser, "subcontractor", "The tier-2 subcontractor, reached through the sub-tier links.");

        AssessmentFormPage form = subPage.editLatestAssessment();
        for (InsiderFactor factor : InsiderFactor.values()) {
            form.rate(factor, 0);
        }
        form.evidence("Site audit: screening, two-person rule and signed firmware verified.");
        SHOTS.take(browser, "assessment-form", "The assessment form with every factor now rated 0 (best).");
        subPage = form.save();
        assertThat(subPage.saved()).isTrue();
        assertThat(subPage.ownScore()).isLessThan(subOwnBefore);
        SHOTS.take(browser, "subcontractor-saved", "Saved: the subcontractor's own score fell from " + subOwnBefore
                + " to " + subPage.ownScore() + ".");

        vendorPage = subPage.buyer(manufacturer).buyer(vendor);
        double after = vendorPage.inheritedScore();
        SHOTS.take(browser, "vendor-after", "Back on the vendor, through the buyer links: inherited score " + after + ".");
        // The subcontractor was the riskiest hand in the chain; with it rated best the vendor's exposure drops clearly.
        assertThat(after).isLessThan(before - 5);
        assertThat(after).isEqualTo(apiInherited(vendor));
    }

    @Test
    void procurementSubmitsARequestAndGetsAConditionalApprovalNamingSafeguards() throws IOException {
        String name = Fixtures.unique("Journey Edge");
        long vendor = JourneyNetwork.organization(name, "VENDOR", "DK");
        // Every factor 3 with full sub-tier visibility: own score about 31, between the approve (30) and reject (65)
        // thresholds for critical deployments, and within reach of the catalogue safeguards.
        JourneyNetwork.assessment(vendor, 3, 0);
        SHOTS.journey("procurement", "a buyer submits a purchase request and gets an approval with conditions");

        signIn("buyer").go("Procurement");
        SHOTS.take(browser, "requests", "The procurement list, with the button for a new request.");
        PurchaseRequestFormPage form = PurchaseRequestFormPage.fromList(browser).vendor(name).item("Edge servers")
                .quantity(20).unitPrice("4000").criticality("CRITICAL");
        SHOTS.take(browser, "request-form", "The request: 20 edge servers for a critical deployment.");
        DecisionPage decision = form.submit();
        assertThat(decision.outcome()).isEqualTo("Approved with conditions");
        assertThat(JourneyNetwork.outcome(decision.id())).isEqualTo("APPROVE_WITH_CONDITIONS");
        List<DecisionPage.Condition> conditions = decision.conditions();
        assertThat(conditions).isNotEmpty();
        assertThat(conditions).extracting(DecisionPage.Condition::name).isSubsetOf(JourneyNetwork.safeguards());
        assertThat(conditions).allSatisfy(c -> {
            assertThat(c.owner()).isEqualTo("buyer");
            assertThat(c.deadline()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(c.cost()).endsWith("USD");
        });
        assertThat(decision.rules()).anySatisfy(rule -> assertThat(rule).contains(conditions.get(0).name()));
        SHOTS.take(browser, "decision", "Approved with conditions: " + String.join(", ",
                conditions.stream().map(DecisionPage.Condition::name).toList()) + ".");
        // 20 servers at 4,000 are worth 80,000 a year; the safeguards cost more than the policy's 25 % of that.
        assertThat(decision.totalValue()).isEqualTo("80,000.00 USD");
        assertThat(decision.cheaperPaths()).anySatisfy(p -> assertThat(p).contains("Deployed at")
                .contains("criticality")).anySatisfy(p -> assertThat(p).contains("override"));
        SHOTS.take(browser, "not-viable", "The conditions cost more than a quarter of the purchase: not viable, with "
                + "the cheaper paths named.");
    }

    @Test
    void approverOverridesARejectionButNobodyOverridesTheirOwnRequest() throws IOException {
        String name = Fixtures.unique("Journey Spares");
        long vendor = JourneyNetwork.organization(name, "VENDOR", "DK");
        // Rated worst on every factor: for a critical deployment the gate rejects on the score (no legal block, so
        // an approver may override it).
        JourneyNetwork.assessment(vendor, 4, 4);
        SHOTS.journey("override", "a buyer asks for an override; an approver grants it from the inbox; nobody "
                + "overrides their own request");

        signIn("buyer").go("Procurement");
        DecisionPage rejected = request(name, "CRITICAL");
        assertThat(rejected.outcome()).isEqualTo("Rejected");
        assertThat(rejected.offersOverride()).isFalse();
        rejected = rejected.askOverride("APPROVE", "Sole source for the spare part; escorted from the port.");
        SHOTS.take(browser, "asked", "The buyer's request is rejected on the score; the buyer asks for an override.");
        long id = rejected.id();
        new TopBar(browser).signOut();

        signIn("approver");
        String count = browser.find(By.cssSelector("#nav-approvals .count")).getText();
        assertThat(Integer.parseInt(count)).isPositive();
        browser.clickAndLoad(browser.find(By.id("nav-approvals")));
        SHOTS.take(browser, "inbox", "The approver's inbox: " + count + " override request(s) waiting.");
        browser.clickAndLoad(browser.find(By.cssSelector("#inbox tr[id^='inbox-'] a[href='/purchase-requests/" + id
                + "#override']")));
        DecisionPage page = new DecisionPage(browser);
        page = page.grantRequest("Sole source for the spare part; escorted from the port (board minute 2026-14).");
        assertThat(page.outcome()).isEqualTo("Approved by override");
        assertThat(JourneyNetwork.outcome(id)).isEqualTo("APPROVE");
        List<List<String>> history = page.history();
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsSequence("override", "Approved by override", "approver");
        SHOTS.take(browser, "overridden", "Approved by override, with the justification in the decision history.");

        new TopBar(browser).go("Procurement");
        DecisionPage own = request(name, "CRITICAL");
        assertThat(own.outcome()).isEqualTo("Rejected");
        assertThat(own.offersOverride()).isFalse();
        SHOTS.take(browser, "own-request", "The approver's own request: rejected, and no override offered.");
    }

    @Test
    void executiveSignsInLandsOnTheDashboardAndDownloadsTheReports() throws Exception {
        SHOTS.journey("executive", "an executive signs in, lands on the dashboard and downloads the reports");
        LoginPage login = LoginPage.open(browser);
        SHOTS.take(browser, "sign-in", "The sign-in page.");
        login.signIn("executive", "not-the-password");
        browser.awaitPath("/login");
        assertThat(login.error()).isEqualTo("Wrong user name or password.");
        SHOTS.take(browser, "wrong-password", "A wrong password is refused.");

        TopBar bar = login.signIn("executive", DemoUsers.DEMO_PASSWORD);
        DashboardPage dashboard = new DashboardPage(browser);
        assertThat(bar.user()).isEqualTo("executive");
        assertThat(dashboard.heading()).isEqualTo("Money at risk");
        // Reading role: the network is shown, but nothing to import.
        assertThat(bar.navigation()).contains("Vendors", "Procurement", "Methodology").doesNotContain("Import");
        String shown = dashboard.totalAle();
        Matcher ale = MONEY.matcher(shown);
        assertThat(ale.matches()).as("total ALE shown as %s", shown).isTrue();
        String amount = ale.group(1);
        assertThat(new BigDecimal(amount.replace(",", ""))).isPositive();
        SHOTS.take(browser, "dashboard", "Signed in as executive: the dashboard, total ALE " + shown + ".");
        assertThat(dashboard.compactAle()).matches("[A-Z]{3} \\d+(\\.\\d)?( [kMB])?");

        Path pdf = dashboard.download("pdf");
        Path xlsx = dashboard.download("xlsx");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.of(pdfBytes)).contains("Executive risk report", amount);
        assertThat(summaryTotalAle(xlsx)).isEqualByComparingTo(new BigDecimal(amount.replace(",", "")));
        SHOTS.take(browser, "downloaded", "Both downloads saved: " + pdf.getFileName() + " (its text shows " + amount
                + ") and " + xlsx.getFileName() + " (its Summary sheet holds the same total).");

        List<ReportHistoryPage.Row> history = ReportHistoryPage.open(browser).rows();
        assertThat(history).contains(new ReportHistoryPage.Row(reportId(pdf), "EXECUTIVE", "pdf", "DONE"),
                new ReportHistoryPage.Row(reportId(xlsx), "EXECUTIVE", "xlsx", "DONE"));
        SHOTS.take(browser, "history", "The report history lists both generated reports, " + reportId(pdf) + " and "
                + reportId(xlsx) + ".");

        browser.open(DashboardPage.PATH);
        String decided = new DashboardPage(browser).followFirstDecision();
        assertThat(decided).matches("/(organizations|economics|purchase-requests)/.*");
        SHOTS.take(browser, "decision", "The first decision that needs an executive, where it is decided: " + decided
                + ".");
    }

    /** An amount as the dashboard shows it: thousands separators, cents, then the currency. */
    private static final Pattern MONEY = Pattern.compile("(\\d{1,3}(?:,\\d{3})*\\.\\d{2}) [A-Z]{3}");

    /** The report's id at the end of its downloaded file name, e.g. custody-executive-2026-11-26-12.pdf. */
    private static long reportId(Path file) {
        Matcher m = Pattern.compile("-(\\d+)\\.[a-z]+$").matcher(file.getFileName().toString());
        assertThat(m.find()).as("report id in %s", file.getFileName()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The total ALE of the workbook's Summary sheet, to the cent. */
    private static BigDecimal summaryTotalAle(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary).as("Summary sheet").isNotNull();
            for (Row row : summary) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING
                        && label.getStringCellValue().startsWith("Total annualised loss expectancy")) {
                    return BigDecimal.valueOf(row.getCell(1).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                }
            }
        }
        throw new AssertionError("no total ALE row in the Summary sheet of " + xlsx.getFileName());
    }

    /** From the procurement list, requests two spare parts of this vendor for a low-criticality deployment. */
    private DecisionPage request(String vendorName, String criticality) {
        return PurchaseRequestFormPage.fromList(browser).vendor(vendorName).item("Spare boards").quantity(2)
                .unitPrice("1500").criticality(criticality).submit();
    }

    private TopBar signIn(String user) {
        LoginPage login = LoginPage.open(browser);
        TopBar bar = login.signIn(user, DemoUsers.DEMO_PASSWORD);
        new HomePage(browser);
        assertThat(bar.user()).isEqualTo(user);
        return bar;
    }

    private static double apiInherited(long organization) {
        double inherited = as("analyst").get("/api/organizations/" + organization + "/score").then().statusCode(200)
                .extract().jsonPath().getDouble("inherited");
        return BigDecimal.valueOf(inherited).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
