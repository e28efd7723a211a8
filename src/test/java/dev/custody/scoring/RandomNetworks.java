package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random supply networks for the scoring engine's property tests: organizations 1..n with random facts, supply links
 * from lower to higher ids (a DAG), items shared by some links, and custody legs handled by anyone.
 */
final class RandomNetworks {
    private RandomNetworks() {
    }

    static NetworkFacts network(Random random, int n) {
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        for (long id = 1; id <= n; id++) {
            organizations.put(id, organization(random, id));
        }
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        long linkId = 0;
        for (long buyer = 1; buyer < n; buyer++) {
            for (int i = random.nextInt(5); i > 0; i--) {
                long supplier = buyer + 1 + random.nextInt((int) (n - buyer));
                links.computeIfAbsent(buyer, k -> new ArrayList<>()).add(link(random, supplier, ++linkId));
            }
        }
        Map<Long, List<Facts.Leg>> legs = new HashMap<>();
        for (int i = 0; i < n / 3; i++) {
            long vendor = 1 + random.nextInt(n);
            List<Facts.Leg> own = legs.computeIfAbsent(vendor, k -> new ArrayList<>());
            own.add(leg(random, 1000L * vendor + own.size(), own.size() + 1, 1 + random.nextInt(n)));
        }
        return new NetworkFacts(organizations, links, legs);
    }

    static Facts.Organization organization(Random random, long id) {
        Facts.Organization o = ScoringSamples.randomOrganization(random);
        return new Facts.Organization(id, "Org " + id, o.hq(), o.sites(), o.latestAssessment(), o.incidents());
    }

    static Facts.SupplierLink link(Random random, long supplier, long id) {
        Criticality criticality = Criticality.values()[random.nextInt(Criticality.values().length)];
        return new Facts.SupplierLink(supplier, "Org " + supplier, "Item " + random.nextInt(3), criticality,
                (5 + random.nextInt(96)) / 100.0, id);
    }

    static Facts.Leg leg(Random random, long id, int sequence, long handler) {
        return new Facts.Leg(id, sequence, LegKind.values()[random.nextInt(LegKind.values().length)], handler,
                "Org " + handler, ScoringSamples.randomCountry(random), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean());
    }

    /** The organization with one factor rated worse (a new assessment today), or the same when all are at 4. */
    static Facts.Organization worsened(Random random, Facts.Organization o) {
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        Facts.Assessment latest = o.latestAssessment();
        if (latest != null && latest.ratings() != null) {
            ratings.putAll(latest.ratings());
        }
        InsiderFactor factor = InsiderFactor.values()[random.nextInt(InsiderFactor.values().length)];
        Integer before = ratings.get(factor);
        ratings.put(factor, before == null ? InsiderFactor.WORST : Math.min(InsiderFactor.WORST, before + 1));
        Facts.Assessment worse = new Facts.Assessment(o.id(), latest == null ? ScoringSamples.TODAY : latest.assessedOn(),
                ratings);
        return new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(), worse, o.incidents());
    }

    /** A fresh assessment with every factor rated: no unknowns. */
    static Facts.Organization fullyAssessed(Random random, Facts.Organization o) {
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            ratings.put(factor, random.nextInt(5));
        }
        return new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(),
                new Facts.Assessment(o.id(), ScoringSamples.TODAY.minusDays(random.nextInt(300)), ratings),
                o.incidents());
    }

    static Facts.Organization withoutIncidents(Facts.Organization o) {
        return new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(), o.latestAssessment(), List.of());
    }

    static Facts.Incident refuted(Facts.Incident i) {
        return new Facts.Incident(i.id(), i.title(), i.occurredOn(), i.category(), i.severity(), IncidentStatus.REFUTED);
    }
}
