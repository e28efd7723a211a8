package dev.custody.economics;

import java.util.List;

/**
 * A set of safeguards for one engagement and what it does, with the two sanity lines.
 *
 * @param safeguards keys of the chosen safeguards, in candidate order
 * @param annualCost sum of their annual costs
 * @param aleBefore the engagement's ALE without safeguards
 * @param outcomes ALE after, reduction, net and ROSI at low, expected and high effectiveness
 * @param gordonLoeb the Gordon–Loeb bound and whether annualCost exceeds it
 * @param viability the plan's cost per unit against the unit price
 * @param appraisals every candidate judged on its own (empty when the plan was evaluated without candidates)
 * @param budget the annual budget the plan had to respect, null when none
 */
public record Plan(List<String> safeguards, double annualCost, double aleBefore, Outcomes outcomes,
        GordonLoeb gordonLoeb, Viability viability, List<SafeguardAppraisal> appraisals, Double budget) {
    public Plan {
        safeguards = List.copyOf(safeguards);
        appraisals = List.copyOf(appraisals);
    }
}
