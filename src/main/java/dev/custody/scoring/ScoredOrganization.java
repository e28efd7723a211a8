package dev.custody.scoring;

/** The own and inherited score of one organization, with their explanations. */
public record ScoredOrganization(long organizationId, OwnScore own, InheritedScore inherited) {
}
