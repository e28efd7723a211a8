package dev.custody.scoring;

import java.util.List;

/**
 * The inherited score of DOMAIN.md sections 3 and 7: own and effective annual compromise probability, the score,
 * band and explanation (the own score, then each supplier link and custody leg by its points). Under version 2
 * also the range (low..high, the inherited scores with every unknown factor in the tree at best and at worst), the
 * probabilities at both ends, and the riskiest hands (base): the score before the breadth premium.
 */
public record InheritedScore(double pOwn, double pEff, double score, Band band, List<Contribution> contributions,
        double low, double high, double pEffLow, double pEffHigh, double base) {
    public InheritedScore {
        contributions = List.copyOf(contributions);
    }
}
