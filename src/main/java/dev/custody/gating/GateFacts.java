package dev.custody.gating;

import dev.custody.economics.Safeguard;
import dev.custody.network.Criticality;
import dev.custody.scoring.ScoringModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the gate decides from, gathered beforehand so the decision itself is plain arithmetic.
 *
 * @param criticality the deployment criticality of the purchase
 * @param inherited the vendor's inherited score R_eff
 * @param model the scoring model the score was computed with, for R(p) of the residual
 * @param members the vendor, every organization of its tier tree and every custody leg, each with its path
 * @param screening the restriction lists screened against, indexed, and the similarity that needs adjudication
 * @param embargoed the embargoed countries, ISO code to name
 * @param visibility sub-tier visibility of the vendor 0..100, null when never assessed or stale
 * @param scenarios p_s per threat scenario key (the vendor's p_eff split across the scenarios)
 * @param candidates catalogue safeguards by name, with their expected effectiveness and cost
 * @param amortisationYears years a safeguard's one-time cost is spread over
 * @param quantity units bought, for per-unit safeguard costs
 * @param owner who answers for meeting the conditions
 * @param today the decision date, conditions' deadlines count from it
 * @param currency the purchase request's currency code, amounts in the rule texts are shown in it
 * @param annualValue what the purchase is worth a year (quantity times unit price), against which the conditions'
 *        annual cost is weighed; null when there is nothing to weigh them against
 */
public record GateFacts(Criticality criticality, double inherited, ScoringModel model, List<Member> members,
        Screening screening, Map<String, String> embargoed, Integer visibility, Map<String, Double> scenarios,
        Map<String, Safeguard> candidates, int amortisationYears, int quantity, String owner, LocalDate today,
        String currency, Double annualValue) {

    /** Facts without a purchase value: conditions are not weighed. */
    public GateFacts(Criticality criticality, double inherited, ScoringModel model, List<Member> members,
            Screening screening, Map<String, String> embargoed, Integer visibility, Map<String, Double> scenarios,
            Map<String, Safeguard> candidates, int amortisationYears, int quantity, String owner, LocalDate today,
            String currency) {
        this(criticality, inherited, model, members, screening, embargoed, visibility, scenarios, candidates,
                amortisationYears, quantity, owner, today, currency, null);
    }

    /** The same facts at another deployment criticality (for the cheaper paths of a condition set). */
    public GateFacts at(Criticality other) {
        return new GateFacts(other, inherited, model, members, screening, embargoed, visibility, scenarios, candidates,
                amortisationYears, quantity, owner, today, currency, annualValue);
    }

    /** An organization in the vendor's tier tree or custody chain; path is the names from the vendor down. */
    public record Member(String name, String parentCompany, List<String> countries, List<String> path, String where) {
    }

    /** A named party of a restriction list, with its aliases separated by "; ". */
    public record Party(String name, String aliases, String listName) {
    }
}
