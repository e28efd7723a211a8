package dev.custody.scoring;

import java.util.Set;

/**
 * A synchronous CDI event fired inside the rescoring transaction once the engine holds and has persisted the new
 * scores: these organizations' facts changed (everyone above them may have moved), or everything was rescored.
 * Observers that keep something derived from the scores (a vendor's standing) bring it up to date here.
 */
public record ScoresApplied(Set<Long> changed, boolean everything) {
}
