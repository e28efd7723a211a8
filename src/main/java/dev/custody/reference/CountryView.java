package dev.custody.reference;

/** A country as the API returns it; the ETag and version identify the edited state. */
public record CountryView(String iso2, String iso3, String name, Integer cpiScore, Integer cpiRank, String region,
        boolean earGroupE1, boolean earGroupE2, boolean usEmbargoed, boolean itarProscribed, Boolean intelligenceLaw,
        long version) {

    public static CountryView of(Country c) {
        return new CountryView(c.iso2, c.iso3, c.name, c.cpiScore, c.cpiRank, c.region, c.earGroupE1, c.earGroupE2,
                c.usEmbargoed, c.itarProscribed, c.intelligenceLaw, c.version);
    }
}
