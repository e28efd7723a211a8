package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import dev.custody.network.SiteActivity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plain facts the calculators score, read from the database by the scoring service. */
public final class Facts {
    private Facts() {
    }

    /**
     * A country: CPI 2023 (null = not rated), the export-control rules, and any custom indicators by name
     * (each already normalised to 0..100, higher = riskier).
     */
    public record Country(String iso2, String name, Integer cpiScore, boolean usEmbargoed, boolean earGroupE,
            boolean itarProscribed, Boolean intelligenceLaw, Map<String, Double> indicators) {
    }

    public record Site(long id, String name, String city, Set<SiteActivity> activities, Country country) {
    }

    /** The latest assessment of an organization; a factor absent from ratings is unknown. */
    public record Assessment(long id, LocalDate assessedOn, Map<InsiderFactor, Integer> ratings) {
    }

    public record Incident(long id, String title, LocalDate occurredOn, IncidentCategory category, double severity,
            IncidentStatus status) {
    }

    /** Everything an organization's own score depends on. latestAssessment may be null (never assessed). */
    public record Organization(long id, String name, Country hq, List<Site> sites, Assessment latestAssessment,
            List<Incident> incidents) {
    }

    /** A supply link seen from the buyer; id is null for a link not stored (tests, the synthetic network). */
    public record SupplierLink(long supplierId, String supplierName, String item, Criticality criticality,
            double share, Long id) {
        public SupplierLink(long supplierId, String supplierName, String item, Criticality criticality, double share) {
            this(supplierId, supplierName, item, criticality, share, null);
        }
    }

    /** A custody leg of a vendor; the handler's inherited score may be higher than the leg's own score. */
    public record Leg(long id, int sequence, LegKind kind, long handlerId, String handlerName, Country country,
            boolean seals, boolean tracking, boolean escort) {
    }
}
