package dev.custody.scoring;

/** The own and inherited score of one organization, as computed in one run. */
public record ScoredOrganization(long organizationId, OwnScore own, InheritedScore inherited) {
}
