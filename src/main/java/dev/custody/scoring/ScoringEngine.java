package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The one warm scoring engine of this instance: the whole network's facts and scores in memory (ScoringGraph), built
 * at start from the database in a few bulk reads and kept current by the transactions that change the facts. The
 * database stays the source of truth: scores are persisted by the changing transaction, and every change is logged
 * (score_change) so that other instances sharing the database apply it too (ScoreChanges, polled).
 *
 * <p>Writers hold the database score lock (ScoreLock) and then this engine's write lock until their transaction
 * ends: a change enters the graph inside its transaction; if the transaction rolls back, the organizations it touched
 * are reloaded from the database before anyone else writes. Readers take the read lock for a short look.
 */
@ApplicationScoped
public class ScoringEngine {
    private static final Logger LOG = Logger.getLogger(ScoringEngine.class);

    /** What a full rescore did. */
    public record FullRescore(int modelVersion, int organizations, int changed, int historyRows, long durationMillis) {
    }

    @Inject
    FactsLoader facts;
    @Inject
    ScoringModelService models;
    @Inject
    ScoreStore store;
    @Inject
    ScoreChanges changes;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private volatile ScoringGraph graph;
    private volatile int modelVersion;
    private volatile Instant computedAt;
    private long appliedSeq;

    /** A short look at the graph under the read lock (loaded first if need be). Never call a writer from it. */
    public <T> T read(Function<ScoringGraph, T> look) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            return look.apply(graph);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The model version the graph's scores are computed with. */
    public int modelVersion() {
        ensureLoaded();
        return modelVersion;
    }

    /** When the graph last changed (an edit, a model, a day): the age of everything computed from it. */
    public Instant computedAt() {
        ensureLoaded();
        return computedAt;
    }

    /**
     * Applies these organizations' facts as the caller's transaction sees them (deleted ones are removed), rescores
     * what depends on them and persists the scores that changed, in that transaction. The caller holds ScoreLock.
     * Returns the number of organizations whose scores changed.
     */
    public int change(Collection<Long> changed) {
        ensureLoaded();
        lockUntilCompletion(Set.copyOf(changed));
        catchUp();
        NetworkFacts loaded = facts.of(changed);
        Set<Long> removed = new HashSet<>(changed);
        removed.removeAll(loaded.organizations().keySet());
        graph.apply(loaded, removed);
        graph.setToday(today());
        long[] moved = graph.rescore();
        computedAt = Instant.now(clock);
        List<NodeScore> scores = java.util.Arrays.stream(moved).mapToObj(graph::score).toList();
        store.write(scores, modelVersion, computedAt, false);
        changes.record(changed);
        return moved.length;
    }

    /**
     * Rebuilds the graph from the database and rescores everything with the active model as of today, persisting what
     * differs, in the caller's transaction (which holds ScoreLock); other instances then rebuild theirs.
     */
    public FullRescore rescoreAll() {
        long started = System.nanoTime();
        ensureLoaded();
        lockUntilCompletion(Set.of());
        catchUp();
        // Rebuilt from the database: the model, the countries and their indicators, and anything written around the
        // services (imports of reference data, the synthetic writer) are read afresh.
        reloadAll();
        long[] ids = graph.ids();
        List<NodeScore> scores = java.util.Arrays.stream(ids).mapToObj(graph::score).toList();
        ScoreStore.Written written = store.write(scores, modelVersion, computedAt, true);
        store.deleteOthers(java.util.Arrays.stream(ids).boxed().toList());
        changes.recordAll();
        return new FullRescore(modelVersion, ids.length, written.changed(), written.history(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A copy of the graph under another model, scored, for a preview; the engine's own graph is untouched. */
    public ScoringGraph preview(ScoringModel model) {
        return read(g -> g.copyWith(model));
    }

    /**
     * Applies what other instances committed since the last look (score_change), without writing: they persisted
     * their scores already. Called by writers under ScoreLock and by the poller.
     */
    public void catchUp() {
        if (graph == null) {
            return;
        }
        lock.writeLock().lock();
        try {
            ScoreChanges.Pending pending = changes.since(appliedSeq);
            if (pending.lastSeq() <= appliedSeq) {
                return;
            }
            if (pending.everything()) {
                reloadAll();
            } else if (!pending.organizations().isEmpty()) {
                reload(pending.organizations());
            }
            appliedSeq = pending.lastSeq();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Builds the graph from the database unless it is built; persists the scores that differ from the stored ones. */
    public void ensureLoaded() {
        if (graph != null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (graph == null) {
                load();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void load() {
        long started = System.nanoTime();
        QuarkusTransaction.joiningExisting().run(() -> {
            long seq = changes.lastSeq();
            ActiveModel active = models.active();
            ScoringGraph built = ScoringGraph.of(facts.all(), active.model(), today());
            graph = built;
            modelVersion = active.version();
            computedAt = Instant.now(clock);
            appliedSeq = seq;
        });
        LOG.infof("Scoring engine loaded %d organizations with model %d in %d ms", graph.size(), modelVersion,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void reloadAll() {
        ActiveModel active = models.active();
        ScoringGraph built = ScoringGraph.of(facts.all(), active.model(), today());
        graph = built;
        modelVersion = active.version();
        computedAt = Instant.now(clock);
    }

    private void reload(Collection<Long> ids) {
        NetworkFacts loaded = facts.of(ids);
        Set<Long> removed = new HashSet<>(ids);
        removed.removeAll(loaded.organizations().keySet());
        graph.apply(loaded, removed);
        graph.setToday(today());
        graph.rescore();
        computedAt = Instant.now(clock);
    }

    /**
     * Takes the write lock and keeps it until the caller's transaction completes; on a rollback the organizations
     * touched are reloaded from what is committed first.
     */
    private void lockUntilCompletion(Set<Long> touched) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("The scoring engine changes only inside a transaction");
        }
        lock.writeLock().lock();
        boolean registered = false;
        try {
            {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // Nothing to do before: the scores are written already.
                    }

                    @Override
                    public void afterCompletion(int status) {
                        try {
                            if (status != Status.STATUS_COMMITTED) {
                                undo(touched);
                            }
                        } finally {
                            lock.writeLock().unlock();
                        }
                    }
                });
                registered = true;
            }
        } finally {
            if (!registered) {
                lock.writeLock().unlock();
            }
        }
    }

    /** After a rollback: the graph holds what the transaction wrote; reload the touched organizations (all: empty). */
    private void undo(Set<Long> touched) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (touched.isEmpty()) {
                    reloadAll();
                } else {
                    reload(touched);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not reload the scoring engine after a rollback; it will be rebuilt");
            graph = null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
