package dev.custody.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sink of one rescore: keeps what changed against the stored scores read at the start, and writes it
 * in batches (current score inserted or updated, history appended where a score moved).
 */
public final class ScoreWriter implements Consumer<ScoredOrganization> {
    static final int BATCH = 500;

    /**
     * A score to write: exists says update rather than insert, explain that the explanation changed, moved that
     * the history gets a row, previousBand the stored inherited band (null for a new score).
     */
    record Pending(ScoredOrganization scored, ScoreStore.StoredContributions explanation, long fingerprint,
            boolean exists, boolean explain, boolean moved, Band previousBand) {
    }

    private final ScoreStore store;
    private final int modelVersion;
    private final Instant computedAt;
    private final Map<Long, ScoreComparison.Stored> stored;
    private final List<Pending> pending = new ArrayList<>();
    private int changed;
    private int history;

    ScoreWriter(ScoreStore store, int modelVersion, Instant computedAt, Map<Long, ScoreComparison.Stored> stored) {
        this.store = store;
        this.modelVersion = modelVersion;
        this.computedAt = computedAt;
        this.stored = stored;
    }

    @Override
    public void accept(ScoredOrganization scored) {
        ScoreStore.StoredContributions explanation = ScoreStore.explanation(scored);
        long fingerprint = ScoreStore.fingerprint(explanation);
        ScoreComparison.Stored row = stored.get(scored.organizationId());
        if (row == null) {
            pending.add(new Pending(scored, explanation, fingerprint, false, true, true, null));
        } else if (ScoreComparison.differs(row, scored, modelVersion, fingerprint)) {
            pending.add(new Pending(scored, explanation, fingerprint, true, row.fingerprint() != fingerprint,
                    ScoreComparison.moved(row, scored, modelVersion), row.band()));
        }
        if (pending.size() >= BATCH) {
            write();
        }
    }

    /** Writes what is left; returns the totals of the run. */
    public ScoreStore.Written finish() {
        write();
        return new ScoreStore.Written(changed, history);
    }

    private void write() {
        if (pending.isEmpty()) {
            return;
        }
        store.write(pending, modelVersion, computedAt);
        changed += pending.size();
        history += (int) pending.stream().filter(Pending::moved).count();
        pending.clear();
    }
}
