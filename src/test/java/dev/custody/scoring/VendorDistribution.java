package dev.custody.scoring;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a network's vendors spread over the bands: the numbers DOMAIN.md section 7 property 6 is about. */
record VendorDistribution(int vendors, Map<Band, Integer> bands, int atHundred, double medianRangeWidth,
        double medianScore) {

    static VendorDistribution of(ScoringGraph graph, long[] vendorIds) {
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, 0);
        }
        int atHundred = 0;
        double[] widths = new double[vendorIds.length];
        double[] scores = new double[vendorIds.length];
        for (int i = 0; i < vendorIds.length; i++) {
            NodeScore s = graph.score(vendorIds[i]);
            bands.merge(s.band(), 1, Integer::sum);
            atHundred += s.inherited() >= 100.0 ? 1 : 0;
            widths[i] = s.inheritedHigh() - s.inheritedLow();
            scores[i] = s.inherited();
        }
        Arrays.sort(widths);
        Arrays.sort(scores);
        return new VendorDistribution(vendorIds.length, bands, atHundred, median(widths), median(scores));
    }

    double share(Band band) {
        return bands.get(band) / (double) vendors;
    }

    long bandsUsed() {
        return bands.values().stream().filter(c -> c > 0).count();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d vendors: %s; at exactly 100: %d (%.1f %%); median inherited score %.1f; "
                + "median range width %.1f points", vendors, bands.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue() + String.format(Locale.ROOT,
                        " (%.1f %%)", 100.0 * e.getValue() / vendors)).collect(Collectors.joining(", ")),
                atHundred, 100.0 * atHundred / vendors, medianScore, medianRangeWidth);
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
