package dev.custody.seeding;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.ItemKind;
import dev.custody.network.LegKind;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.SiteActivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A large fictional supply network for benchmarks, generated deterministically from a seed: a layered DAG
 * of about five tiers with logistics organizations beside it. Records refer to organizations by index.
 */
public record SyntheticNetwork(List<Org> organizations, List<SiteRow> sites, List<Link> links, List<Leg> legs,
        List<IncidentRow> incidents, List<AssessmentRow> assessments) {

    /** An organization; tier is its layer (null for logistics organizations outside the supply graph). */
    public record Org(String name, OrganizationKind kind, String hqCountry, Ownership ownership,
            String parentCompany, String parentCountry, Integer tier) {
    }

    public record SiteRow(int organization, String name, String country, String city, Set<SiteActivity> activities) {
    }

    /** Buyer buys from supplier; the share is kept in hundredths to keep half a million links small. */
    public record Link(int buyer, int supplier, ItemKind itemKind, int shareHundredths, Criticality criticality) {
        /** One item per supplier: (buyer, supplier) pairs are unique, so (buyer, supplier, item) is too. */
        public String item() {
            return itemKind.name().charAt(0) + itemKind.name().substring(1).toLowerCase() + " " + supplier;
        }

        public BigDecimal share() {
            return BigDecimal.valueOf(shareHundredths, 2);
        }
    }

    public record Leg(int vendor, int sequence, LegKind kind, int handler, String country, boolean seals,
            boolean tracking, boolean escort) {
    }

    public record IncidentRow(int organization, LocalDate occurredOn, IncidentCategory category, BigDecimal severity,
            IncidentStatus status, String title) {
    }

    /** Factors absent from the ratings are unknown. */
    public record AssessmentRow(int organization, String assessor, LocalDate assessedOn,
            Map<InsiderFactor, Integer> ratings) {
    }

    /**
     * Generates the network; the same arguments always give the same network.
     *
     * @param links supply links wanted; at least one per organization below the vendors
     * @param today the day assessment ages and incident dates count back from
     */
    public static SyntheticNetwork generate(long seed, int organizations, int links, LocalDate today) {
        return new SyntheticGenerator(seed, organizations, links, today).generate();
    }

    public int size() {
        return organizations.size() + sites.size() + links.size() + legs.size() + incidents.size() + assessments.size();
    }
}
