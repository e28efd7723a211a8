package dev.custody.reports;

import dev.custody.network.Criticality;
import dev.custody.reports.ExecutiveReportData.CountryExposure;
import dev.custody.reports.ExecutiveReportData.GeographyExposure;
import dev.custody.scoring.Facts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much spend passes through high-risk jurisdictions below tier 1 (pure). A vendor's spend reaches a supplier
 * at depth 1 or more (tier 2 and below) through critical supply links only, in the proportion of the product of
 * the link shares along the path; where several paths reach the same place the largest proportion counts (no
 * double counting). A country is reached when a reached supplier has a site there (its headquarters when it has no
 * site).
 */
public final class GeographyExposureCalculator {
    private GeographyExposureCalculator() {
    }

    /** One vendor's spend that counts. */
    public record VendorSpend(long vendorId, double spend) {
    }

    /**
     * The exposure of the given vendors' spend; countryScore gives each ISO code's geography score, highRiskFrom
     * the score from which a country is high-risk.
     */
    public static GeographyExposure of(List<VendorSpend> vendors, Map<Long, Facts.Organization> organizations,
            Map<Long, List<Facts.SupplierLink>> links, Map<Long, Integer> tiers, Map<String, Double> countryScore,
            Map<String, String> countryNames, double highRiskFrom) {
        double base = 0.0;
        double highRisk = 0.0;
        Map<String, Double> through = new HashMap<>();
        for (VendorSpend v : vendors) {
            base += v.spend();
            Map<String, Double> reach = countryReach(v.vendorId(), organizations, links);
            double worst = 0.0;
            for (Map.Entry<String, Double> e : reach.entrySet()) {
                through.merge(e.getKey(), v.spend() * e.getValue(), Double::sum);
                if (countryScore.getOrDefault(e.getKey(), 0.0) >= highRiskFrom) {
                    worst = Math.max(worst, e.getValue());
                }
            }
            highRisk += v.spend() * worst;
        }
        return new GeographyExposure(base, highRisk, base > 0 ? highRisk / base : 0.0,
                countries(organizations, tiers, countryScore, countryNames, highRiskFrom, through));
    }

    /** Country -> the largest share of the vendor's item that reaches it below the vendor through critical links. */
    static Map<String, Double> countryReach(long vendorId, Map<Long, Facts.Organization> organizations,
            Map<Long, List<Facts.SupplierLink>> links) {
        Map<Long, Double> best = new HashMap<>();
        best.put(vendorId, 1.0);
        Deque<Long> queue = new ArrayDeque<>(List.of(vendorId));
        while (!queue.isEmpty()) {
            long buyer = queue.poll();
            for (Facts.SupplierLink link : links.getOrDefault(buyer, List.of())) {
                double share = best.get(buyer) * Math.max(0.0, Math.min(1.0, link.share()));
                Double known = best.get(link.supplierId());
                if (link.criticality() == Criticality.CRITICAL && (known == null || share > known)) {
                    best.put(link.supplierId(), share);
                    queue.add(link.supplierId());
                }
            }
        }
        best.remove(vendorId);
        Map<String, Double> reach = new HashMap<>();
        best.forEach((org, share) -> {
            for (String iso : countriesOf(organizations.get(org))) {
                reach.merge(iso, share, Math::max);
            }
        });
        return reach;
    }

    static Set<String> countriesOf(Facts.Organization o) {
        Set<String> countries = new LinkedHashSet<>();
        if (o == null) {
            return countries;
        }
        o.sites().forEach(s -> countries.add(s.country().iso2()));
        if (countries.isEmpty() && o.hq() != null) {
            countries.add(o.hq().iso2());
        }
        return countries;
    }

    private static List<CountryExposure> countries(Map<Long, Facts.Organization> organizations,
            Map<Long, Integer> tiers, Map<String, Double> countryScore, Map<String, String> names,
            double highRiskFrom, Map<String, Double> through) {
        Map<String, int[]> counts = new HashMap<>();
        for (Facts.Organization o : organizations.values()) {
            Integer tier = tiers.get(o.id());
            for (String iso : countriesOf(o)) {
                int[] c = counts.computeIfAbsent(iso, k -> new int[2]);
                c[0]++;
                c[1] += tier != null && tier >= 2 ? 1 : 0;
            }
        }
        List<CountryExposure> rows = new ArrayList<>();
        counts.forEach((iso, c) -> {
            double g = countryScore.getOrDefault(iso, 0.0);
            rows.add(new CountryExposure(iso, names.getOrDefault(iso, iso), g, g >= highRiskFrom, c[0], c[1],
                    Money.cents(through.getOrDefault(iso, 0.0))));
        });
        rows.sort(Comparator.comparingDouble(CountryExposure::criticalSpendThrough).reversed()
                .thenComparing(Comparator.comparingDouble(CountryExposure::geography).reversed())
                .thenComparing(CountryExposure::iso2));
        return rows;
    }
}
