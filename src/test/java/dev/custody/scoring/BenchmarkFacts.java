package dev.custody.scoring;

import dev.custody.network.OrganizationKind;
import dev.custody.seeding.SyntheticNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic network as the facts the scoring engine loads (NetworkFacts, organization ids = index + 1), with the
 * reference countries of data-seeds; for ScoringBenchmark and the model's distribution tests.
 */
final class BenchmarkFacts {
    private static final String COUNTRIES = "data-seeds/reference/countries.tsv";

    private BenchmarkFacts() {
    }

    /** The facts of a synthetic network. */
    static NetworkFacts of(SyntheticNetwork network) {
        Map<String, Facts.Country> countries = countries();
        int n = network.organizations().size();
        List<List<Facts.Site>> sites = lists(n);
        List<List<Facts.Incident>> incidents = lists(n);
        Facts.Assessment[] assessments = new Facts.Assessment[n];
        long id = 0;
        for (SyntheticNetwork.SiteRow s : network.sites()) {
            sites.get(s.organization()).add(new Facts.Site(++id, s.name(), s.city(), s.activities(),
                    countries.get(s.country())));
        }
        for (SyntheticNetwork.IncidentRow i : network.incidents()) {
            incidents.get(i.organization()).add(new Facts.Incident(++id, i.title(), i.occurredOn(), i.category(),
                    i.severity().doubleValue(), i.status()));
        }
        for (SyntheticNetwork.AssessmentRow a : network.assessments()) {
            Facts.Assessment previous = assessments[a.organization()];
            if (previous == null || a.assessedOn().isAfter(previous.assessedOn())) {
                assessments[a.organization()] = new Facts.Assessment(++id, a.assessedOn(), a.ratings());
            }
        }
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            SyntheticNetwork.Org org = network.organizations().get(i);
            organizations.put(i + 1L, new Facts.Organization(i + 1L, org.name(), countries.get(org.hqCountry()),
                    sites.get(i), assessments[i], incidents.get(i)));
        }
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        long linkId = 0;
        for (SyntheticNetwork.Link l : network.links()) {
            links.computeIfAbsent(l.buyer() + 1L, k -> new ArrayList<>()).add(new Facts.SupplierLink(l.supplier() + 1L,
                    network.organizations().get(l.supplier()).name(), l.item(), l.criticality(),
                    l.shareHundredths() / 100.0, ++linkId));
        }
        Map<Long, List<Facts.Leg>> legs = new HashMap<>();
        long legId = 0;
        for (SyntheticNetwork.Leg l : network.legs()) {
            legs.computeIfAbsent(l.vendor() + 1L, k -> new ArrayList<>()).add(new Facts.Leg(++legId, l.sequence(),
                    l.kind(), l.handler() + 1L, network.organizations().get(l.handler()).name(),
                    countries.get(l.country()), l.seals(), l.tracking(), l.escort()));
        }
        return new NetworkFacts(organizations, links, legs);
    }

    /** The ids of the network's vendors (tier 1). */
    static long[] vendors(SyntheticNetwork network) {
        List<SyntheticNetwork.Org> orgs = network.organizations();
        return java.util.stream.IntStream.range(0, orgs.size()).filter(i -> orgs.get(i).kind() == OrganizationKind.VENDOR)
                .mapToLong(i -> i + 1L).toArray();
    }

    /** The reference countries (CPI 2023, export-control rules) the synthetic network's ISO codes name. */
    static Map<String, Facts.Country> countries() {
        Map<String, Facts.Country> countries = new HashMap<>();
        try (InputStream in = BenchmarkFacts.class.getClassLoader().getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COUNTRIES + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(reader.readLine().split("\t", -1));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Facts.Country country = country(header, new ArrayList<>(List.of(line.split("\t", -1))));
                    countries.put(country.iso2(), country);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return countries;
    }

    private static Facts.Country country(List<String> header, List<String> cells) {
        while (cells.size() < header.size()) {
            cells.add("");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i).trim());
        }
        String cpi = row.get("cpi_2023_score");
        String law = row.get("state_intelligence_cooperation_law");
        return new Facts.Country(row.get("iso2"), row.get("country"), cpi.isEmpty() ? null : Integer.valueOf(cpi),
                yes(row.get("us_embargoed")), yes(row.get("ear_group_e1")) || yes(row.get("ear_group_e2")),
                yes(row.get("itar_126_1_proscribed")), law.isEmpty() ? null : !"no".equalsIgnoreCase(law), Map.of());
    }

    private static boolean yes(String value) {
        return "yes".equalsIgnoreCase(value);
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
