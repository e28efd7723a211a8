package dev.custody.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Gives the organizations and custody legs of a graph the new facts of countries that changed (pure). */
final class CountryFacts {
    private CountryFacts() {
    }

    /** Replaces, in the graph, every reference to a changed country (by ISO code) with its new facts. */
    static void replace(ScoringGraph graph, Map<String, Facts.Country> changed) {
        NetworkFacts all = graph.facts();
        for (Facts.Organization o : all.organizations().values()) {
            Facts.Organization updated = with(o, changed);
            if (updated != o) {
                graph.put(updated);
            }
        }
        all.legs().forEach((vendor, legs) -> {
            List<Facts.Leg> updated = new ArrayList<>(legs.size());
            boolean any = false;
            for (Facts.Leg leg : legs) {
                Facts.Country c = changedOrNull(leg.country(), changed);
                any |= c != null;
                updated.add(c == null ? leg : new Facts.Leg(leg.id(), leg.sequence(), leg.kind(), leg.handlerId(),
                        leg.handlerName(), c, leg.seals(), leg.tracking(), leg.escort()));
            }
            if (any) {
                graph.setLegs(vendor, updated);
            }
        });
    }

    /** The organization with the changed countries replaced, or the same object when it refers to none. */
    static Facts.Organization with(Facts.Organization o, Map<String, Facts.Country> changed) {
        Facts.Country hq = changedOrNull(o.hq(), changed);
        boolean sites = o.sites().stream().anyMatch(s -> changedOrNull(s.country(), changed) != null);
        if (hq == null && !sites) {
            return o;
        }
        List<Facts.Site> replaced = o.sites().stream().map(s -> {
            Facts.Country c = changedOrNull(s.country(), changed);
            return c == null ? s : new Facts.Site(s.id(), s.name(), s.city(), s.activities(), c);
        }).toList();
        return new Facts.Organization(o.id(), o.name(), hq == null ? o.hq() : hq, replaced, o.latestAssessment(),
                o.incidents());
    }

    private static Facts.Country changedOrNull(Facts.Country country, Map<String, Facts.Country> changed) {
        return country == null ? null : changed.get(country.iso2());
    }
}
