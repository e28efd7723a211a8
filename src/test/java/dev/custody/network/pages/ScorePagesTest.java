package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Assessment;
import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.Band;
import dev.custody.scoring.CurrentScore;
import dev.custody.scoring.DrivingPath;
import dev.custody.scoring.ScoreHistoryEntry;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoreView;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scores on the pages: the lists sorted and filtered by score, and the profile's score card. */
@QuarkusTest
class ScorePagesTest {
    private static final Pattern ROW = Pattern.compile("<td class=\"name\">\\s*<a href=\"/organizations/(\\d+)\"");
    private static final Pattern STEP = Pattern.compile("<li class=\"path-step\">\\s*<a href=\"/organizations/(\\d+)\">([^<]*)</a>"
            + "\\s*<span class=\"muted\">([^<]*)</span>");

    @Inject
    ScoreService scores;

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldSortTheVendorListByInheritedScoreInTheDatabase() {
        chain("0.6");
        chain("0.2");
        String html = given().accept("text/html").queryParam("sort", "-inherited").queryParam("size", "500")
                .get("/vendors").then().statusCode(200).extract().asString();
        List<Long> ids = ids(html);
        Map<Long, CurrentScore> stored = stored(ids);
        assertThat(ids).hasSizeGreaterThan(3);
        List<Double> inherited = ids.stream().filter(stored::containsKey).map(id -> stored.get(id).inherited).toList();
        assertThat(new HashSet<>(inherited)).as("distinct scores to order").hasSizeGreaterThan(2);
        assertThat(inherited).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // Organizations without a score yet (written around the services) come last.
        assertThat(ids.subList(0, inherited.size())).allMatch(stored::containsKey);
        assertThat(html).contains("aria-sort=\"descending\"");

        String ascending = given().accept("text/html").queryParam("sort", "own").queryParam("size", "500")
                .get("/vendors").then().statusCode(200).extract().asString();
        List<Double> own = ids(ascending).stream().filter(stored::containsKey).map(id -> stored.get(id).ownScore).toList();
        assertThat(own).hasSizeGreaterThan(3).isSorted();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldFilterTheNetworkByBand() {
        Set<Long> high = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(CurrentScore.<CurrentScore>list(
                "band", Band.HIGH).stream().map(s -> s.organizationId).toList()));
        assertThat(high).isNotEmpty().hasSizeLessThan(500);

        String html = given().accept("text/html").queryParam("band", "high").queryParam("size", "500")
                .get("/organizations").then().statusCode(200).extract().asString();

        assertThat(new HashSet<>(ids(html))).isEqualTo(high);
        assertThat(html).contains("class=\"badge band band-high\"").doesNotContain("band-low\"")
                .contains("<option value=\"HIGH\" selected=\"selected\">");
        given().accept("text/html").queryParam("band", "scary").get("/organizations").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldShowTheScoreCardWithTheNumbersAndDrivingPathOfTheApi() {
        List<Organization> chain = chain("0.6");
        long vendor = chain.get(0).id;
        ScoreView api = scores.view(vendor);
        assertThat(api.drivingPath()).extracting(DrivingPath.Step::id).containsExactly(chain.get(1).id, chain.get(2).id);

        String html = given().accept("text/html").get("/organizations/" + vendor).then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("id=\"score-inherited\">" + oneDecimal(api.inherited()) + "<")
                .contains("id=\"score-own\">" + oneDecimal(api.own()) + "<")
                .contains("id=\"score-geography\">" + oneDecimal(api.geography()) + "<")
                .contains("id=\"score-insider\">" + oneDecimal(api.insider()) + "<")
                .contains("id=\"score-incident\">" + oneDecimal(api.incident()) + "<")
                .contains("id=\"score-p-eff\">" + BigDecimal.valueOf(api.pEff() * 100).setScale(2, RoundingMode.HALF_UP) + " %<")
                .contains("href=\"/methodology?version=" + api.modelVersion() + "\"")
                .contains("How is this computed?")
                .contains("class=\"badge band band-" + api.band().name().toLowerCase() + "\"");
        List<String[]> steps = new ArrayList<>();
        Matcher m = STEP.matcher(html);
        while (m.find()) {
            steps.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        assertThat(steps).hasSize(api.drivingPath().size());
        for (int i = 0; i < steps.size(); i++) {
            DrivingPath.Step step = api.drivingPath().get(i);
            assertThat(steps.get(i)).containsExactly(String.valueOf(step.id()), escape(step.name()), escape(step.item()));
        }
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldShowTheScoreRangeOnTheCardTheListsAndTheApiAndWhatToAssessNext() {
        List<Organization> chain = chain("0.6");
        Organization vendor = chain.get(0);
        ScoreView api = scores.view(vendor.id);
        // the vendor and its contract manufacturer are assessed in full; the board assembler never: the range is its
        assertThat(api.inheritedRange().low()).isLessThan(api.inheritedRange().high());
        assertThat(api.inheritedRange().expected()).isEqualTo(api.inherited())
                .isBetween(api.inheritedRange().low(), api.inheritedRange().high());
        assertThat(api.ownRange().open()).isFalse();
        assertThat(api.assessedShare()).isEqualTo(1.0);
        assertThat(api.pEffLow()).isLessThan(api.pEff());
        assertThat(api.pEffHigh()).isGreaterThan(api.pEff());
        String span = oneDecimal(api.inheritedRange().low()) + "–" + oneDecimal(api.inheritedRange().high());
        assertThat(api.rangeText()).isEqualTo("Inherited " + oneDecimal(api.inherited()) + ", range " + span + "; own "
                + oneDecimal(api.own()) + " (nothing left unknown), 100 % of the insider-threat weight assessed.");

        given().get("/api/organizations/" + vendor.id + "/score").then().statusCode(200)
                .body("inheritedRange.low", org.hamcrest.Matchers.is((float) api.inheritedRange().low()))
                .body("inheritedRange.high", org.hamcrest.Matchers.is((float) api.inheritedRange().high()))
                .body("assessedShare", org.hamcrest.Matchers.is(1.0f))
                .body("rangeText", org.hamcrest.Matchers.is(api.rangeText()));
        given().queryParam("q", vendor.name).get("/api/organizations").then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.is(vendor.id.intValue()))
                .body("items[0].score.inherited.low", org.hamcrest.Matchers.is((float) api.inheritedRange().low()))
                .body("items[0].score.inherited.expected", org.hamcrest.Matchers.is((float) api.inherited()))
                .body("items[0].score.inherited.high", org.hamcrest.Matchers.is((float) api.inheritedRange().high()))
                .body("items[0].score.own.expected", org.hamcrest.Matchers.is((float) api.own()))
                .body("items[0].score.assessedShare", org.hamcrest.Matchers.is(1.0f))
                .body("items[0].score.band", org.hamcrest.Matchers.is(api.band().name()));

        String html = given().accept("text/html").get("/organizations/" + vendor.id).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("id=\"score-inherited-range\">range " + span + "<")
                .contains("id=\"score-range-text\">" + escape(api.rangeText()) + "<")
                .doesNotContain("id=\"score-own-range\"");
        int panel = html.indexOf("id=\"assess-next\"");
        assertThat(panel).as("the assess-next panel").isPositive();
        assertThat(html.substring(panel, html.indexOf("</section>", panel)))
                .contains("href=\"/organizations/" + chain.get(2).id + "\"").contains("never assessed");
        String list = given().accept("text/html").queryParam("q", vendor.name).get("/vendors").then().statusCode(200)
                .extract().asString();
        assertThat(list).contains(">Range<").containsPattern("<td class=\"num score-range\"[^>]*>" + span + "<");
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldLabelADisputedIncidentDisputedAmongTheTopContributors() {
        Organization org = PageFixtures.organization(unique("Disputed Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "DE");
        assessAllBest(org);
        String title = unique("Implant rumour");
        PageFixtures.incident(org, title, IncidentStatus.DISPUTED);

        String html = given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .extract().asString();

        int list = html.indexOf("<ol class=\"contributors\">");
        String contributors = html.substring(list, html.indexOf("</ol>", list));
        assertThat(contributors).contains("<li class=\"contributor disputed\">")
                .contains("Incident " + title).contains(">disputed</span>")
                .doesNotContainIgnoringCase("confirmed");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldDrawTheTrendWithAPointPerHistoryRow() {
        Organization org = PageFixtures.organization(unique("Trend Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        String first = given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .extract().asString();
        assertThat(history(org.id)).isEqualTo(1);
        assertThat(count(first, "class=\"trend-point trend-own\"")).isEqualTo(1);
        assertThat(first).contains("One point so far");

        PageFixtures.incident(org, unique("Tampering"), IncidentStatus.CONFIRMED);
        QuarkusTransaction.requiringNew().run(() -> scores.rescore(Set.of(org.id)));
        assessAllBest(org);
        QuarkusTransaction.requiringNew().run(() -> scores.rescore(Set.of(org.id)));

        String html = given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .extract().asString();
        long rows = history(org.id);
        assertThat(rows).isEqualTo(3);
        assertThat(count(html, "class=\"trend-point trend-own\"")).isEqualTo(rows);
        assertThat(count(html, "class=\"trend-point trend-inherited\"")).isEqualTo(rows);
        assertThat(html).contains("<svg").contains("role=\"img\"").contains("<polyline")
                .contains("The trend as a table").doesNotContain("One point so far");
        int table = html.indexOf("class=\"table compact trend-table\"");
        assertThat(count(html.substring(table, html.indexOf("</table>", table)), "<tr>")).isEqualTo(rows + 1);
    }

    /**
     * A vendor (assessed, best ratings) buying its board from a contract manufacturer (assessed, best) that buys
     * it from an unassessed board assembler with a confirmed incident: scored, and far from saturating.
     */
    private List<Organization> chain(String share) {
        Organization vendor = PageFixtures.organization(unique("Path Vendor"), OrganizationKind.VENDOR, "DE");
        Organization maker = PageFixtures.organization(unique("Path Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Organization assembler = PageFixtures.organization(unique("Path Assembler"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        assessAllBest(vendor);
        assessAllBest(maker);
        PageFixtures.link(vendor, maker, "Server board", share, Criticality.CRITICAL);
        PageFixtures.link(maker, assembler, "Board assembly", "0.5", Criticality.CRITICAL);
        PageFixtures.incident(assembler, unique("Rework station tampering"), IncidentStatus.CONFIRMED);
        QuarkusTransaction.requiringNew().run(() -> scores.rescore(Set.of(vendor.id, maker.id, assembler.id)));
        return List.of(vendor, maker, assembler);
    }

    private static void assessAllBest(Organization org) {
        QuarkusTransaction.requiringNew().run(() -> {
            Assessment a = new Assessment();
            a.organization = Organization.findById(org.id);
            a.assessor = "Test";
            a.assessedOn = LocalDate.now();
            Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
            for (InsiderFactor f : InsiderFactor.values()) {
                ratings.put(f, 0);
            }
            a.setRatings(ratings);
            a.persist();
        });
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static Map<Long, CurrentScore> stored(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, CurrentScore> found = new HashMap<>();
            CurrentScore.<CurrentScore>list("organizationId in ?1", ids).forEach(s -> found.put(s.organizationId, s));
            return found;
        });
    }

    private static long history(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreHistoryEntry.count("organizationId", id));
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
