package dev.custody.scoring;

import java.util.List;

/**
 * The inherited score of DOMAIN.md section 3: own and effective annual compromise probability, R(p_eff),
 * band, and the explanation (the own score, then each supplier link and custody leg by its marginal points).
 */
public record InheritedScore(double pOwn, double pEff, double score, Band band, List<Contribution> contributions) {
    public InheritedScore {
        contributions = List.copyOf(contributions);
    }
}
