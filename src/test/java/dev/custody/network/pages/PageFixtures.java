package dev.custody.network.pages;

import static io.restassured.RestAssured.given;

import dev.custody.network.Assessment;
import dev.custody.network.Criticality;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.ItemKind;
import dev.custody.network.LegKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.Site;
import dev.custody.network.SiteActivity;
import dev.custody.network.SupplyLink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Records for the page tests, persisted directly, with random names so that tests never collide. */
public final class PageFixtures {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private PageFixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A full rescore: the scoring engine picks up the rows these fixtures write around the services. */
    static void rescoreAll() {
        io.quarkus.arc.Arc.container().instance(dev.custody.scoring.ScoreService.class).get().rescoreAll();
    }

    static Organization organization(String name, OrganizationKind kind, String country) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.name = name;
            o.kind = kind;
            o.hqCountry = country;
            o.ownership = Ownership.PRIVATE;
            o.tier = kind == OrganizationKind.VENDOR ? 1 : null;
            o.persist();
            return o;
        });
    }

    static void site(Organization organization, String name, String city) {
        QuarkusTransaction.requiringNew().run(() -> {
            Site site = new Site();
            site.organization = Organization.findById(organization.id);
            site.name = name;
            site.city = city;
            site.country = "TW";
            site.activities = EnumSet.of(SiteActivity.BOARD_ASSEMBLY, SiteActivity.FIRMWARE_PROGRAMMING);
            site.persist();
        });
    }

    static void incident(Organization organization, String title, IncidentStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            Incident incident = new Incident();
            incident.organization = Organization.findById(organization.id);
            incident.title = title;
            incident.status = status;
            incident.category = IncidentCategory.HARDWARE_IMPLANT;
            incident.severity = new BigDecimal("8.5");
            incident.occurredOn = LocalDate.of(2024, 3, 1);
            incident.sourceReference = "https://example.org/report";
            incident.persist();
        });
    }

    static void link(Organization buyer, Organization supplier, String item, String share, Criticality criticality) {
        QuarkusTransaction.requiringNew().run(() -> {
            SupplyLink link = new SupplyLink();
            link.buyer = Organization.findById(buyer.id);
            link.supplier = Organization.findById(supplier.id);
            link.item = item;
            link.itemKind = ItemKind.ASSEMBLY;
            link.share = new BigDecimal(share);
            link.criticality = criticality;
            link.persist();
        });
    }

    static void leg(Organization vendor, Organization handler, int sequence, boolean controlled) {
        QuarkusTransaction.requiringNew().run(() -> {
            CustodyLeg leg = new CustodyLeg();
            leg.vendor = Organization.findById(vendor.id);
            leg.handler = Organization.findById(handler.id);
            leg.sequence = sequence;
            leg.kind = LegKind.FORWARDER;
            leg.country = "NL";
            leg.seals = controlled;
            leg.tracking = controlled;
            leg.escort = false;
            leg.persist();
        });
    }

    static Assessment assessment(Organization organization, String assessor, LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment assessment = new Assessment();
            assessment.organization = Organization.findById(organization.id);
            assessment.assessor = assessor;
            assessment.assessedOn = on;
            assessment.personnelScreening = 3;
            assessment.persist();
            return assessment;
        });
    }

    /** The CSRF cookie and form token a browser gets with a form page. */
    public record Csrf(String cookie, String field) {
    }

    /** A form post as a browser sends it, with the CSRF cookie and field; redirects are not followed. */
    public static RequestSpecification formPost(Csrf csrf) {
        return given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .cookie("custody-csrf", csrf.cookie()).formParam("_csrf", csrf.field());
    }

    public static Csrf csrfFrom(String formPath) {
        Response form = given().accept("text/html").get(formPath);
        form.then().statusCode(200);
        Matcher matcher = CSRF_FIELD.matcher(form.asString());
        if (!matcher.find()) {
            throw new AssertionError("no _csrf field on " + formPath);
        }
        return new Csrf(form.getCookie("custody-csrf"), matcher.group(1));
    }
}
