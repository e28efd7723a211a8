package dev.custody.scoring;

import dev.custody.network.Organization;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Keeps scores current through the scoring engine: the full rescore of the network (start, model activation, on
 * demand, daily) and the rescore of a change, which covers the changed organizations and everyone above them; and
 * reads a score with its explanation.
 */
@ApplicationScoped
public class ScoreService {
    public static final int MAX_HISTORY = 1000;

    /** What a full rescore did; reloaded: the scoring engine rebuilt its graph from the database. */
    public record RescoreResult(int modelVersion, int organizations, int changed, int historyRows,
            long durationMillis, boolean reloaded) {
    }

    @Inject
    ScoringEngine engine;
    @Inject
    DrivingPath drivingPath;
    @Inject
    ScoreLock lock;
    @Inject
    Event<ScoresApplied> applied;

    /**
     * Rescores every organization with the active model, in a transaction of its own; waits for rescores of
     * concurrent edits (ScoreLock), which then wait for it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800)
    public RescoreResult rescoreAll() {
        return rescoreAll(false);
    }

    /**
     * As rescoreAll(), and rebuilds the scoring engine's graph from the database first (the daily rescore): changes
     * made to the network around the services are picked up too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800)
    public RescoreResult reloadAll() {
        return rescoreAll(true);
    }

    private RescoreResult rescoreAll(boolean reload) {
        lock.acquire();
        ScoringEngine.FullRescore r = engine.rescoreAll(reload);
        applied.fire(new ScoresApplied(Set.of(), true));
        return new RescoreResult(r.modelVersion(), r.organizations(), r.changed(), r.historyRows(), r.durationMillis(),
                r.reloaded());
    }

    /**
     * At start: builds the scoring engine from the database, then persists the scores that differ from the stored
     * ones (none when nothing changed since the last run). Returns the number written.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800)
    public int start() {
        engine.ensureLoaded();
        lock.acquire();
        return engine.persistAll().changed();
    }

    /**
     * Rescores these organizations (deleted ones are removed) and every organization above them, in the caller's
     * transaction, holding the score lock to its end. Returns the number of organizations whose scores changed.
     */
    @Transactional
    public int rescore(Collection<Long> changed) {
        lock.acquire();
        int moved = engine.change(changed);
        applied.fire(new ScoresApplied(Set.copyOf(changed), false));
        return moved;
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
        rescore(List.of(organizationId));
        return CurrentScore.findById(organizationId);
    }

    /** The current score with its explanation and the path through the tiers that drives it. */
    @Transactional
    public ScoreView view(long organizationId) {
        CurrentScore score = current(organizationId);
        Organization organization = Organization.findById(organizationId);
        ScoredOrganization explained = engine.read(g -> g.explain(organizationId));
        if (explained == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        ScoreStore.StoredContributions contributions = ScoreStore.StoredContributions.of(explained);
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
}
