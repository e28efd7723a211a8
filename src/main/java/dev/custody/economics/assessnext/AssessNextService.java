package dev.custody.economics.assessnext;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.ModelInputs;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.AssessNext;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringGraph;
import dev.custody.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which assessment is worth doing first (DOMAIN.md section 7): the organizations whose unknown insider factors leave
 * the most expected annual loss open, per vendor and for the portfolio. The money of a vendor is its p_eff range times
 * its engagement's loss per unit of probability (EconomicsModel.lossPerProbability); the ranges come from the scoring
 * engine (AssessNext, exact what-ifs).
 */
@ApplicationScoped
public class AssessNextService {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    @Inject
    ScoringEngine engine;
    @Inject
    ScoreService scores;
    @Inject
    ModelInputs inputs;
    @Inject
    EntityManager em;

    /** One vendor's tree (its suppliers at every tier, its custody-leg handlers and itself). 404 for an unknown id. */
    @Transactional
    public AssessNextView vendor(long vendorId, int limit) {
        check(limit);
        scores.current(vendorId);
        Engagement engagement = Engagement.ofOrganization(vendorId).orElse(null);
        double loss = engagement == null ? 0.0 : ModelInputs.lossPerProbability(engagement, inputs.model());
        String currency = engagement == null ? null : engagement.currency;
        List<AssessNext.Candidate> found = engine.read(g -> AssessNext.forVendor(g, vendorId, loss, limit));
        Map<Long, String> names = engine.read(g -> names(g, found));
        String vendorName = names.get(vendorId);
        String note = engagement == null
                ? "No engagement is recorded for " + vendorName + ", so nothing is priced: ranked by how far each "
                        + "organization could move its annual compromise probability."
                : "Money open: how far " + vendorName + "'s expected annual loss could move, in " + currency
                        + ", between every unknown factor of the organization at its best and at its worst.";
        return new AssessNextView(vendorId, vendorName, currency, limit, note,
                items(found, names, engagement == null ? null : currency, false));
    }

    /**
     * The whole portfolio: every organization below some vendor, its money summed over the vendors above it. Money is
     * counted in the currency with the largest annual spend among the engagements; vendors engaged in another
     * currency still count in the probability but not in the money (no exchange rates are kept).
     */
    @Transactional
    public AssessNextView portfolio(int limit) {
        check(limit);
        List<Engagement> engagements = Engagement.listAll();
        String currency = mainCurrency(engagements);
        EconomicsModel model = inputs.model();
        Map<Long, Double> loss = new HashMap<>();
        int elsewhere = 0;
        for (Engagement e : engagements) {
            if (e.currency.equals(currency)) {
                loss.put(e.organization.id, ModelInputs.lossPerProbability(e, model));
            } else {
                elsewhere++;
            }
        }
        long[] vendors = em.createQuery("select o.id from Organization o where o.kind = :kind order by o.id", Long.class)
                .setParameter("kind", OrganizationKind.VENDOR).getResultList().stream().mapToLong(Long::longValue)
                .toArray();
        // Seconds at 100,000 organizations: the last answer is kept while the scores and the money behind it are the same.
        PortfolioKey key = new PortfolioKey(engine.revision(), loss, limit);
        Portfolio last = lastPortfolio;
        List<AssessNext.Candidate> found;
        Map<Long, String> names;
        if (last != null && last.key().equals(key) && Arrays.equals(last.vendors(), vendors)) {
            found = last.found();
            names = last.names();
        } else {
            found = engine.read(g -> AssessNext.portfolio(g, vendors, loss, limit));
            names = engine.read(g -> names(g, found));
            lastPortfolio = new Portfolio(key, vendors, found, names);
        }
        String note = currency == null
                ? "No vendor has an engagement yet, so nothing is priced: ranked by how far each organization could "
                        + "move a vendor's annual compromise probability."
                : "Money open: how far the expected annual loss of every vendor above each organization could move, in "
                        + currency + ", between every unknown factor of the organization at its best and at its worst"
                        + (elsewhere == 0 ? "." : "; " + elsewhere + " engagement" + (elsewhere == 1 ? " is" : "s are")
                                + " in another currency and count in the probability only.");
        return new AssessNextView(null, null, currency, limit, note, items(found, names, currency, true));
    }

    private record PortfolioKey(long engineRevision, Map<Long, Double> loss, int limit) {
    }

    private record Portfolio(PortfolioKey key, long[] vendors, List<AssessNext.Candidate> found,
            Map<Long, String> names) {
    }

    private volatile Portfolio lastPortfolio;

    private static void check(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    /** The currency of the largest annual spend (ties: alphabetical), null without engagements. */
    static String mainCurrency(List<Engagement> engagements) {
        Map<String, BigDecimal> spend = engagements.stream().collect(Collectors.toMap(e -> e.currency,
                e -> e.annualSpend == null ? BigDecimal.ZERO : e.annualSpend, BigDecimal::add));
        return spend.entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Map<Long, String> names(ScoringGraph graph, List<AssessNext.Candidate> found) {
        Map<Long, String> names = new HashMap<>();
        for (AssessNext.Candidate c : found) {
            for (long id : c.path()) {
                names.computeIfAbsent(id, x -> graph.contains(x) ? graph.organization(x).name() : "#" + x);
            }
            names.computeIfAbsent(c.topVendorId(), x -> graph.contains(x) ? graph.organization(x).name() : "#" + x);
        }
        return names;
    }

    private static List<AssessNextView.Item> items(List<AssessNext.Candidate> found, Map<Long, String> names,
            String currency, boolean portfolio) {
        List<AssessNextView.Item> items = new ArrayList<>();
        for (AssessNext.Candidate c : found) {
            Double money = currency == null || c.moneyOpen() <= 0 ? null : c.moneyOpen();
            AssessNextView.Step top = new AssessNextView.Step(c.topVendorId(), names.get(c.topVendorId()));
            List<AssessNextView.Step> path = c.path().stream().map(id -> new AssessNextView.Step(id, names.get(id)))
                    .toList();
            items.add(new AssessNextView.Item(items.size() + 1, c.organizationId(), c.name(), c.why(),
                    new ScoreRange(c.ownLow(), c.own(), c.ownHigh()), money, c.probabilityOpen(), c.vendors(), top, path,
                    reason(c, money, currency, top.name(), portfolio)));
        }
        return items;
    }

    /** The line in words: why, then what its unknowns leave open. */
    static String reason(AssessNext.Candidate c, Double money, String currency, String topVendor, boolean portfolio) {
        String why = Character.toUpperCase(c.why().charAt(0)) + c.why().substring(1);
        String head = why + " (own score " + new ScoreRange(c.ownLow(), c.own(), c.ownHigh()).text() + "). Its unknown "
                + "factors leave ";
        String points = points(c.probabilityOpen());
        if (!portfolio) {
            return head + topVendor + "'s annual compromise probability open by " + points
                    + (money == null ? "." : ": " + money(money, currency) + " of expected annual loss a year.");
        }
        String vendors = c.vendors() == 1 ? "1 vendor" : c.vendors() + " vendors";
        return head + (money == null ? "the annual compromise probability of " + vendors + " open, most at "
                + topVendor + ", by up to " + points + "." : money(money, currency) + " of expected annual loss a year "
                + "open across " + vendors + ", most at " + topVendor + "; a vendor's annual compromise probability by "
                + "up to " + points + ".");
    }

    /** A probability range in percentage points: 0.0042 -> "0.42 percentage points". */
    static String points(double probability) {
        BigDecimal pp = BigDecimal.valueOf(probability).movePointRight(2);
        String text = pp.compareTo(BigDecimal.valueOf(0.1)) >= 0 ? pp.setScale(2, RoundingMode.HALF_UP).toPlainString()
                : pp.round(new java.math.MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
        return text + " percentage points";
    }

    /** Money in words as the pages show large sums: "12,346 USD". */
    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", amount, currency);
    }
}
