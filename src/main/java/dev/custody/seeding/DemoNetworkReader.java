package dev.custody.seeding;

import dev.custody.network.Assessment;
import dev.custody.network.Criticality;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.ItemKind;
import dev.custody.network.LegKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.Site;
import dev.custody.network.SiteActivity;
import dev.custody.network.SupplyLink;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns demo-network.json into entities, refusing unknown keys, enum values and countries by their JSON path. */
final class DemoNetworkReader {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Set<String> countries;
    private final LocalDate today;
    private final Map<String, Organization> byKey = new LinkedHashMap<>();

    DemoNetworkReader(Set<String> countries, LocalDate today) {
        this.countries = countries;
        this.today = today;
    }

    DemoNetwork read(SeedNode root) {
        root.array("organizations").forEach(this::organization);
        List<Site> sites = root.array("sites").stream().map(this::site).toList();
        List<SupplyLink> links = root.array("supplyLinks").stream().map(this::link).toList();
        List<CustodyLeg> legs = root.array("custodyLegs").stream().map(this::leg).toList();
        List<Incident> incidents = root.array("incidents").stream().map(this::incident).toList();
        List<Assessment> assessments = root.array("assessments").stream().map(this::assessment).toList();
        List<Organization> organizations = List.copyOf(byKey.values());
        assignTiers(organizations, links);
        return new DemoNetwork(organizations, sites, links, legs, incidents, assessments);
    }

    private void organization(SeedNode node) {
        String key = node.text("key");
        if (!KEY.matcher(key).matches()) {
            throw node.error("key", "'" + key + "' is not a lowercase slug");
        }
        Organization org = new Organization();
        org.name = node.text("name");
        org.kind = node.enumOf("kind", OrganizationKind.class);
        org.hqCountry = country(node, "hqCountry");
        org.ownership = node.enumOf("ownership", Ownership.class);
        org.parentCompany = node.optionalText("parentCompany");
        org.parentCountry = node.optionalText("parentCountry") == null ? null : country(node, "parentCountry");
        org.description = node.optionalText("description");
        if (byKey.putIfAbsent(key, org) != null) {
            throw node.error("key", "duplicate key '" + key + "'");
        }
    }

    private Site site(SeedNode node) {
        Site site = new Site();
        site.organization = organization(node, "organization");
        site.name = node.text("name");
        site.country = country(node, "country");
        site.city = node.text("city");
        Set<SiteActivity> activities = EnumSet.noneOf(SiteActivity.class);
        List<SeedNode> names = node.array("activities");
        for (SeedNode name : names) {
            activities.add(node.enumValue("activities", name.json().asText(), SiteActivity.class));
        }
        if (activities.isEmpty()) {
            throw node.error("activities", "at least one activity is needed");
        }
        site.activities = activities;
        return site;
    }

    private SupplyLink link(SeedNode node) {
        SupplyLink link = new SupplyLink();
        link.buyer = organization(node, "buyer");
        link.supplier = organization(node, "supplier");
        if (link.buyer == link.supplier) {
            throw node.error("supplier", "an organization cannot supply itself");
        }
        link.item = node.text("item");
        link.itemKind = node.enumOf("itemKind", ItemKind.class);
        link.share = node.decimal("share", 0, 1);
        link.criticality = node.enumOf("criticality", Criticality.class);
        return link;
    }

    private CustodyLeg leg(SeedNode node) {
        CustodyLeg leg = new CustodyLeg();
        leg.vendor = organization(node, "vendor");
        leg.sequence = node.integer("sequence", 1, 99);
        leg.kind = node.enumOf("kind", LegKind.class);
        leg.handler = organization(node, "handler");
        leg.country = country(node, "country");
        leg.seals = node.bool("seals");
        leg.tracking = node.bool("tracking");
        leg.escort = node.bool("escort");
        return leg;
    }

    private Incident incident(SeedNode node) {
        Incident incident = new Incident();
        incident.organization = organization(node, "organization");
        incident.occurredOn = date(node, "occurredOn");
        incident.category = node.enumOf("category", IncidentCategory.class);
        incident.severity = node.decimal("severity", 0, 10);
        incident.status = node.enumOf("status", IncidentStatus.class);
        incident.title = node.text("title");
        incident.summary = node.optionalText("summary");
        incident.sourceReference = node.text("sourceReference");
        return incident;
    }

    private Assessment assessment(SeedNode node) {
        Assessment assessment = new Assessment();
        assessment.organization = organization(node, "organization");
        assessment.assessor = node.text("assessor");
        assessment.assessedOn = today.minusMonths(node.integer("assessedMonthsAgo", 0, 600));
        assessment.evidenceNote = node.optionalText("evidenceNote");
        SeedNode factors = node.object("factors");
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        factors.json().fieldNames().forEachRemaining(name -> ratings.put(
                factors.enumValue(name, name, InsiderFactor.class),
                factors.integer(name, InsiderFactor.BEST, InsiderFactor.WORST)));
        assessment.setRatings(ratings);
        return assessment;
    }

    private Organization organization(SeedNode node, String field) {
        String key = node.text(field);
        Organization org = byKey.get(key);
        if (org == null) {
            throw node.error(field, "unknown organization '" + key + "'");
        }
        return org;
    }

    private String country(SeedNode node, String field) {
        String iso2 = node.text(field);
        if (!countries.contains(iso2)) {
            throw node.error(field, "unknown country '" + iso2 + "'");
        }
        return iso2;
    }

    private static LocalDate date(SeedNode node, String field) {
        try {
            return LocalDate.parse(node.text(field));
        } catch (DateTimeParseException e) {
            throw node.error(field, "expected a date YYYY-MM-DD");
        }
    }

    private static void assignTiers(List<Organization> organizations, List<SupplyLink> links) {
        Map<Organization, List<Organization>> suppliers = new HashMap<>();
        for (SupplyLink link : links) {
            suppliers.computeIfAbsent(link.buyer, buyer -> new ArrayList<>()).add(link.supplier);
        }
        List<Organization> vendors = organizations.stream().filter(o -> o.kind == OrganizationKind.VENDOR).toList();
        Map<Organization, Integer> tiers = Tiers.derive(vendors, suppliers);
        organizations.forEach(org -> org.tier = tiers.get(org));
    }
}
