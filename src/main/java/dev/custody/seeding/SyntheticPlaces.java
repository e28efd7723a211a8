package dev.custody.seeding;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** The countries (all in countries.tsv) and an industrial city in each that the synthetic network uses. */
final class SyntheticPlaces {
    record Place(String country, String city) {
    }

    /** Ordered roughly by how much electronics work happens there; earlier places are drawn more often. */
    static final List<Place> PLACES = List.of(
            new Place("CN", "Shenzhen"), new Place("TW", "Hsinchu"), new Place("US", "Austin"),
            new Place("KR", "Suwon"), new Place("JP", "Osaka"), new Place("MY", "Penang"),
            new Place("VN", "Hanoi"), new Place("MX", "Guadalajara"), new Place("DE", "Munich"),
            new Place("TH", "Bangkok"), new Place("SG", "Singapore"), new Place("IN", "Chennai"),
            new Place("PH", "Manila"), new Place("HK", "Hong Kong"), new Place("NL", "Eindhoven"),
            new Place("IL", "Haifa"), new Place("CZ", "Brno"), new Place("HU", "Budapest"),
            new Place("PL", "Wroclaw"), new Place("GB", "Cambridge"), new Place("FR", "Grenoble"),
            new Place("IT", "Milan"), new Place("IE", "Cork"), new Place("ID", "Batam"),
            new Place("RO", "Timisoara"), new Place("AT", "Villach"), new Place("CH", "Zurich"),
            new Place("SE", "Stockholm"), new Place("FI", "Oulu"), new Place("CA", "Ottawa"),
            new Place("BR", "Campinas"), new Place("AE", "Dubai"), new Place("BE", "Leuven"),
            new Place("ES", "Barcelona"), new Place("DK", "Copenhagen"), new Place("NO", "Oslo"),
            new Place("TR", "Istanbul"), new Place("SK", "Bratislava"), new Place("AU", "Sydney"),
            new Place("NZ", "Auckland"));

    private static final Map<String, String> CITIES = PLACES.stream().collect(Collectors.toMap(Place::country, Place::city));

    private SyntheticPlaces() {
    }

    /**
     * The sourcing region of a country (0 China, 1 rest of East Asia, 2 South and Southeast Asia, 3 the Americas,
     * 4 Europe and the rest): supply chains cluster by region, so buyers mostly buy within their own.
     */
    static int region(String country) {
        return switch (country) {
            case "CN", "HK" -> 0;
            case "TW", "KR", "JP" -> 1;
            case "MY", "VN", "TH", "SG", "IN", "PH", "ID" -> 2;
            case "US", "MX", "CA", "BR" -> 3;
            default -> 4;
        };
    }

    static final int REGIONS = 5;

    static Place draw(Random random) {
        return PLACES.get(skewed(random, PLACES.size()));
    }

    static String city(String country) {
        return CITIES.get(country);
    }

    /** An index in 0..size-1 that favours the low end, for popular countries and widely shared suppliers. */
    static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return (int) (size * u * u);
    }
}
