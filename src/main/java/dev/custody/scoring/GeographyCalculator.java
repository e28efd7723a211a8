package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.scoring.Contribution.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Geography G of DOMAIN.md section 2: (100 - CPI) blended with custom indicators as a weighted mean, then
 * the country rules (proscribed floor, embargo 100); an organization scores its weakest site.
 *
 * <p>A country without a CPI score takes unratedCountryScore in place of (100 - CPI) and still blends with
 * its indicators; an indicator the model weights but the country lacks is left out of the mean, and said so.
 * The floor rule applies before the embargo rule, so each rule's points are what it added and the
 * contributions of a country add up to its G.
 */
public final class GeographyCalculator {
    private GeographyCalculator() {
    }

    /** G of a country (a site's or a custody leg's); a missing country counts as unrated. */
    public static DimensionScore country(Facts.Country c, ScoringModel m) {
        if (c == null) {
            double unrated = Explanations.clamp(m.unratedCountryScore());
            return new DimensionScore(unrated, List.of(new Contribution(Kind.INDICATOR, "country not recorded",
                    unrated, "an unknown country counts as an unrated one: " + number(unrated))));
        }
        List<Contribution> parts = new ArrayList<>();
        double score = blend(c, m, parts);
        score = floorRule(c, score, m, parts);
        score = embargoRule(c, score, parts);
        return new DimensionScore(score, Explanations.largestFirst(parts));
    }

    /** G of an organization: the maximum over its sites (the weakest link), or its headquarters without sites. */
    public static DimensionScore organization(Facts.Organization o, ScoringModel m) {
        List<Facts.Site> sites = o.sites() == null ? List.of() : o.sites();
        if (sites.isEmpty()) {
            return headquarters(o, m);
        }
        List<DimensionScore> scores = sites.stream().map(s -> country(s.country(), m)).toList();
        int weakest = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).score() > scores.get(weakest).score()) {
                weakest = i;
            }
        }
        List<Contribution> parts = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            parts.add(siteContribution(sites.get(i), scores.get(i), i == weakest, sites.size()));
        }
        return new DimensionScore(scores.get(weakest).score(), Explanations.largestFirst(parts));
    }

    /** G of an organization as a number: the largest G of its sites' countries, or its headquarters'. */
    public static double organizationNumber(Facts.Organization o, java.util.function.ToDoubleFunction<Facts.Country> g) {
        List<Facts.Site> sites = o.sites() == null ? List.of() : o.sites();
        if (sites.isEmpty()) {
            return g.applyAsDouble(o.hq());
        }
        double weakest = 0.0;
        for (Facts.Site site : sites) {
            weakest = Math.max(weakest, g.applyAsDouble(site.country()));
        }
        return weakest;
    }

    private static Contribution siteContribution(Facts.Site site, DimensionScore g, boolean weakest, int count) {
        String where = site.city() == null || site.city().isBlank() ? countryName(site.country())
                : site.city() + ", " + countryName(site.country());
        String label = "site " + site.name() + " in " + where;
        if (weakest) {
            String of = count == 1 ? "the only site" : "the weakest of " + count + " sites";
            return new Contribution(Kind.SITE, label, g.score(), of + ", G " + number(g.score()) + ": " + summary(g),
                    siteRef(site.id(), site.country()));
        }
        return new Contribution(Kind.SITE, label, 0.0,
                "G " + number(g.score()) + " (" + summary(g) + "), not above the weakest site: adds nothing",
                siteRef(site.id(), site.country()));
    }

    private static DimensionScore headquarters(Facts.Organization o, ScoringModel m) {
        DimensionScore g = country(o.hq(), m);
        String label = o.hq() == null ? "no sites and no headquarters country recorded"
                : "headquarters in " + countryName(o.hq()) + " (no sites recorded)";
        return new DimensionScore(g.score(), List.of(new Contribution(Kind.SITE, label, g.score(),
                "without sites the headquarters country stands in, G " + number(g.score()) + ": " + summary(g),
                siteRef(null, o.hq()))));
    }

    private static double blend(Facts.Country c, ScoringModel m, List<Contribution> parts) {
        List<Term> terms = new ArrayList<>();
        Term cpi = cpiTerm(c, m);
        if (m.cpiWeight() > 0) {
            terms.add(cpi);
        }
        Map<String, Double> values = c.indicators() == null ? Map.of() : c.indicators();
        for (Map.Entry<String, Double> weight : m.indicatorWeights().entrySet()) {
            if (weight.getValue() == null || weight.getValue() <= 0) {
                continue;
            }
            Double value = values.get(weight.getKey());
            if (value == null || value.isNaN()) {
                parts.add(new Contribution(Kind.INDICATOR, weight.getKey() + " of " + countryName(c) + ": no value",
                        0.0, "not available for this country: left out of the mean", countryRef(c)));
            } else {
                terms.add(new Term(weight.getKey() + " of " + countryName(c) + ": " + number(value),
                        Explanations.clamp(value), weight.getValue(), "indicator " + number(value)));
            }
        }
        if (terms.isEmpty()) {
            // Nothing carries weight (CPI weight 0 and no indicator value): the CPI term alone counts.
            terms.add(new Term(cpi.label, cpi.value, 1.0, cpi.how));
        }
        double total = terms.stream().mapToDouble(Term::weight).sum();
        double score = 0.0;
        for (Term term : terms) {
            double points = term.weight * term.value / total;
            score += points;
            parts.add(new Contribution(Kind.INDICATOR, term.label, points,
                    term.how + ", weight " + number(term.weight, 3) + " of " + number(total, 3), countryRef(c)));
        }
        return Explanations.clamp(score);
    }

    private static Term cpiTerm(Facts.Country c, ScoringModel m) {
        String label = "Corruption Perceptions Index 2023 of " + countryName(c);
        if (c.cpiScore() == null) {
            double unrated = Explanations.clamp(m.unratedCountryScore());
            return new Term(label + ": not rated", unrated, m.cpiWeight(), "an unrated country counts " + number(unrated));
        }
        double cpi = Explanations.clamp(c.cpiScore());
        return new Term(label + ": " + number(cpi), 100.0 - cpi, m.cpiWeight(),
                "100 - CPI " + number(cpi) + " = " + number(100.0 - cpi));
    }

    private static double floorRule(Facts.Country c, double score, ScoringModel m, List<Contribution> parts) {
        boolean law = Boolean.TRUE.equals(c.intelligenceLaw());
        if (!c.itarProscribed() && !law) {
            return score;
        }
        String rule = c.itarProscribed() && law ? "ITAR 126.1 proscribed and a state intelligence-cooperation law"
                : c.itarProscribed() ? "ITAR 126.1 proscribed" : "state intelligence-cooperation law";
        double floor = Explanations.clamp(m.proscribedFloor());
        double lifted = Math.max(score, floor);
        String detail = lifted > score ? "lifts " + number(score) + " to the floor " + number(floor)
                : "already " + number(score) + ", at or above the floor " + number(floor);
        parts.add(new Contribution(Kind.COUNTRY_RULE, countryName(c) + ": " + rule + ", at least " + number(floor),
                lifted - score, detail, countryRef(c)));
        return lifted;
    }

    private static double embargoRule(Facts.Country c, double score, List<Contribution> parts) {
        if (!c.usEmbargoed() && !c.earGroupE()) {
            return score;
        }
        String rule = c.usEmbargoed() && c.earGroupE() ? "comprehensive US embargo and EAR country group E:1/E:2"
                : c.usEmbargoed() ? "comprehensive US embargo" : "EAR country group E:1/E:2";
        parts.add(new Contribution(Kind.COUNTRY_RULE, countryName(c) + ": " + rule + ", scores 100", 100.0 - score,
                "lifts " + number(score) + " to 100", countryRef(c)));
        return 100.0;
    }

    /** The contributions of a country in one line, for a site's explanation. */
    private static String summary(DimensionScore g) {
        return g.contributions().stream().map(Contribution::label).collect(Collectors.joining("; "));
    }

    private static Contribution.Ref countryRef(Facts.Country c) {
        return siteRef(null, c);
    }

    private static Contribution.Ref siteRef(Long siteId, Facts.Country c) {
        String iso2 = c == null ? null : c.iso2();
        return siteId == null && iso2 == null ? null : new Contribution.Ref(siteId, null, iso2);
    }

    static String countryName(Facts.Country c) {
        if (c == null) {
            return "an unrecorded country";
        }
        return c.name() == null || c.name().isBlank() ? c.iso2() : c.name();
    }

    private record Term(String label, double value, double weight, String how) {
    }
}
