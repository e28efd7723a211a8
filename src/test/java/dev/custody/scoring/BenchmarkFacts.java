package dev.custody.scoring;

import dev.custody.seeding.SyntheticNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The synthetic network as the calculators' facts and as ScoringGraph arrays, for ScoringBenchmark. */
final class BenchmarkFacts {
    private final SyntheticNetwork network;
    private final Map<String, Facts.Country> countries;
    private final List<List<Facts.Site>> sites;
    private final List<List<Facts.Incident>> incidents;
    private final Facts.Assessment[] assessments;

    BenchmarkFacts(SyntheticNetwork network, Map<String, Facts.Country> countries) {
        this.network = network;
        this.countries = countries;
        int n = network.organizations().size();
        this.sites = lists(n);
        this.incidents = lists(n);
        this.assessments = new Facts.Assessment[n];
        long id = 0;
        for (SyntheticNetwork.SiteRow s : network.sites()) {
            sites.get(s.organization()).add(new Facts.Site(++id, s.name(), s.city(), s.activities(), country(s.country())));
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
    }

    Facts.Organization organization(int index) {
        SyntheticNetwork.Org org = network.organizations().get(index);
        return new Facts.Organization(index, org.name(), country(org.hqCountry()), sites.get(index), assessments[index],
                incidents.get(index));
    }

    ScoringGraph graph(double[] own, ScoringModel model) {
        List<SyntheticNetwork.Link> links = network.links();
        int[] buyer = new int[links.size()];
        int[] supplier = new int[links.size()];
        double[] weight = new double[links.size()];
        for (int e = 0; e < links.size(); e++) {
            SyntheticNetwork.Link link = links.get(e);
            buyer[e] = link.buyer();
            supplier[e] = link.supplier();
            weight[e] = Propagation.linkWeight(link.criticality(), link.shareHundredths() / 100.0, model);
        }
        List<SyntheticNetwork.Leg> legs = network.legs();
        int[] vendor = new int[legs.size()];
        int[] handler = new int[legs.size()];
        double[] legScore = new double[legs.size()];
        for (int e = 0; e < legs.size(); e++) {
            SyntheticNetwork.Leg leg = legs.get(e);
            vendor[e] = leg.vendor();
            handler[e] = leg.handler();
            legScore[e] = Propagation.legOwnScore(new Facts.Leg(e, leg.sequence(), leg.kind(), leg.handler(),
                    network.organizations().get(leg.handler()).name(), country(leg.country()), leg.seals(),
                    leg.tracking(), leg.escort()), model);
        }
        return ScoringGraph.of(own, buyer, supplier, weight, vendor, handler, legScore, model);
    }

    private Facts.Country country(String iso2) {
        return iso2 == null ? null : countries.get(iso2);
    }

    private static <T> List<List<T>> lists(int n) {
        List<List<T>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
