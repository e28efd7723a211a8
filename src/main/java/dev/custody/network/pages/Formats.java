package dev.custody.network.pages;

import dev.custody.reference.Country;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formatting helpers the organization pages call as ${fmt...}: dates, shares, countries, links. */
public final class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Map<String, String> countryNames;

    public Formats(Map<String, String> countryNames) {
        this.countryNames = countryNames;
    }

    public static Formats of(List<Country> countries) {
        Map<String, String> names = new LinkedHashMap<>();
        countries.forEach(country -> names.put(country.iso2, country.name));
        return new Formats(names);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A day as people write it, "7 Dec 2026" (UTC), for lists read by people rather than machines. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A moment as people write it, "7 Dec 2026, 12:51 UTC": the dashboard's age, the profile's history. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** A share 0..1 as a percentage with at most one decimal: 0.625 -> "62.5 %". */
    public String percent(double share) {
        return percent(BigDecimal.valueOf(share));
    }

    /** A share 0..1 as a percentage with at most one decimal: 0.625 -> "62.5 %". */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "";
        }
        BigDecimal percent = share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString() + " %";
    }

    /** "Taiwan (TW)"; the bare code when the country is not in the reference data. */
    public String country(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return "";
        }
        String name = countryNames.get(iso2);
        return name == null ? iso2 : name + " (" + iso2 + ")";
    }

    public String countryName(String iso2) {
        return iso2 == null ? "" : countryNames.getOrDefault(iso2, iso2);
    }

    /** A score 0..100 with one decimal: 45.843 -> "45.8". */
    public String score(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points a contribution adds, signed: 18.24 -> "+18.2". */
    public String points(double points) {
        return (points < 0 ? "" : "+") + score(points);
    }

    /** An annual probability 0..1 as a percentage with two decimals: 0.0113462 -> "1.13 %". */
    public String probability(double p) {
        return BigDecimal.valueOf(p * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** Only plain web addresses become links: a source reference is free text and may hold anything. */
    public boolean isWebLink(String text) {
        return text != null && (text.startsWith("https://") || text.startsWith("http://")) && !text.contains(" ");
    }
}
