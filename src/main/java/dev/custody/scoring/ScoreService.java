package dev.custody.scoring;

import dev.custody.network.Organization;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps scores current: the full rescore of the network (start, model activation, on demand) and the
 * incremental rescore of a change, which covers the changed organizations and everyone above them.
 */
@ApplicationScoped
public class ScoreService {
    public static final int MAX_HISTORY = 1000;

    /** What a full rescore did. */
    public record RescoreResult(int modelVersion, int organizations, int changed, int historyRows,
            long durationMillis) {
    }

    @Inject
    FactsLoader facts;
    @Inject
    Dependents dependents;
    @Inject
    ScoringModelService models;
    @Inject
    ScoreStore store;
    @Inject
    DrivingPath drivingPath;
    @Inject
    ScoreLock lock;
    @Inject
    Clock clock;

    /**
     * Rescores every organization with the active model, in a transaction of its own; waits for rescores of
     * concurrent edits (ScoreLock), which then wait for it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800)
    public RescoreResult rescoreAll() {
        long started = System.nanoTime();
        lock.acquire();
        ActiveModel model = models.active();
        ScoreWriter writer = store.writer(model.version(), Instant.now(clock), null);
        int scored = NetworkScorer.score(facts.all(), Map.of(), today(), model.model(), writer);
        ScoreStore.Written written = writer.finish();
        return new RescoreResult(model.version(), scored, written.changed(), written.history(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Rescores these organizations (deleted ones are skipped) and every organization above them, in the
     * caller's transaction; suppliers and handlers outside that set count with their stored scores. Holds the
     * score lock from before the first read to the end of the transaction, so that every rescore reads what the
     * previous one committed. Returns the number of organizations scored.
     */
    @Transactional
    public int rescore(Collection<Long> changed) {
        lock.acquire();
        ActiveModel model = models.active();
        Set<Long> affected = dependents.withBuyers(changed);
        while (true) {
            NetworkFacts members = facts.of(affected);
            Set<Long> outside = NetworkScorer.upstreamOutside(members);
            Map<Long, NetworkScorer.Upstream> known = store.upstream(outside);
            if (known.size() == outside.size()) {
                ScoreWriter writer = store.writer(model.version(), Instant.now(clock),
                        members.organizations().keySet());
                int scored = NetworkScorer.score(members, known, today(), model.model(), writer);
                writer.finish();
                return scored;
            }
            // A supplier without a score yet (written around the services): score it here too, with its buyers.
            Set<Long> missing = new HashSet<>(outside);
            missing.removeAll(known.keySet());
            missing.addAll(affected);
            affected = dependents.withBuyers(missing);
        }
    }

    /** The current score of an existing organization; one created around the services is scored now. */
    @Transactional
    public CurrentScore current(long organizationId) {
        CurrentScore score = CurrentScore.findById(organizationId);
        if (score != null) {
            return score;
        }
        if (Organization.findById(organizationId) == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        rescore(Set.of(organizationId));
        return CurrentScore.findById(organizationId);
    }

    /** The current score with its explanation and the path through the tiers that drives it. */
    @Transactional
    public ScoreView view(long organizationId) {
        CurrentScore score = current(organizationId);
        Organization organization = Organization.findById(organizationId);
        ScoreStore.StoredContributions contributions = store.contributions(organizationId).orElseThrow(
                () -> new IllegalStateException("Organization " + organizationId + " has a score without explanation"));
        return ScoreView.of(score, organization.name, contributions,
                drivingPath.from(organizationId, contributions.inherited()));
    }

    /** The score trend of an organization, newest first. */
    public List<ScoreHistoryEntry> history(long organizationId, int limit) {
        if (limit < 1 || limit > MAX_HISTORY) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_HISTORY);
        }
        List<ScoreHistoryEntry> entries = ScoreHistoryEntry.find("organizationId = ?1 order by computedAt desc, id desc",
                organizationId).page(0, limit).list();
        if (entries.isEmpty() && Organization.findById(organizationId) == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        return entries;
    }

    /** Whether a full rescore is due: an organization without a score, or scores of another model version. */
    @Transactional
    public boolean outdated() {
        int version = models.active().version();
        // A score row goes with its organization (on delete cascade), so fewer rows means some are missing.
        return CurrentScore.count() < Organization.count() || CurrentScore.count("modelVersion <> ?1", version) > 0;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
