package dev.custody.economics;

import java.util.List;

/**
 * A plan on a vendor's efficient frontier.
 *
 * @param safeguards keys of its safeguards
 * @param annualCost its annual cost
 * @param reduction its ALE reduction at expected effectiveness
 */
public record FrontierPoint(List<String> safeguards, double annualCost, double reduction) {
    public FrontierPoint {
        safeguards = List.copyOf(safeguards);
    }
}
