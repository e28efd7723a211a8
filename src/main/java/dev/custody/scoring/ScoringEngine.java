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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The one warm scoring engine of this instance: the whole network's facts and scores in memory (ScoringGraph), built
 * at start from the database with bulk JDBC reads and kept current by the transactions that change the facts. The
 * database stays the source of truth: scores are persisted by the changing transaction, and every change is logged
 * (score_change) so that other instances sharing the database apply it too (EngineFollower).
 *
 * <p>Writers hold the database score lock (ScoreLock) and then this engine's write lock until their transaction
 * ends: a change enters the graph inside its transaction; if the transaction rolls back, the organizations it touched
 * are reloaded from the database before anyone else writes. Readers take the read lock for a short look. A full
 * rescore stays warm (the active model, the countries and indicators, today, and a check that no rows were added or
 * deleted around the services: NetworkStamp); the daily rescore rebuilds the graph from the database.
 */
@ApplicationScoped
public class ScoringEngine {
    private static final Logger LOG = Logger.getLogger(ScoringEngine.class);

    /** What a full rescore did; reloaded: the graph was rebuilt from the database. */
    public record FullRescore(int modelVersion, int organizations, int changed, int historyRows, long durationMillis,
            boolean reloaded) {
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
    private volatile long revision;
    private volatile long appliedSeq;
    /** The countries the graph's facts refer to (the same objects), by ISO code. */
    private Map<String, Facts.Country> countries = Map.of();

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

    /** A number that grows whenever any score may have changed here or was caught up from another instance. */
    public long revision() {
        return revision;
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
        refreshCountries();
        NetworkFacts loaded = facts.of(changed, countries);
        Set<Long> removed = new HashSet<>(changed);
        removed.removeAll(loaded.organizations().keySet());
        graph.apply(loaded, removed);
        graph.setToday(today());
        Map<Long, NodeScore> before = new HashMap<>();
        long[] moved = graph.rescore(before);
        touched();
        List<NodeScore> scores = Arrays.stream(moved).mapToObj(graph::score).toList();
        store.writeChanged(scores, before, modelVersion, computedAt);
        changes.record(changed);
        return moved.length;
    }

    /**
     * Rescores everything with the active model as of today and persists what differs from the stored scores, in the
     * caller's transaction (which holds ScoreLock); other instances then do the same in memory. Warm: the model, the
     * countries and indicators are read afresh and applied to the graph; the graph is rebuilt from the database when
     * asked to (reload) or when rows were added or deleted around the services.
     */
    public FullRescore rescoreAll(boolean reload) {
        long started = System.nanoTime();
        ensureLoaded();
        lockUntilCompletion(Set.of());
        catchUp();
        boolean reloaded = reload || !facts.stamp().equals(NetworkStamp.of(graph));
        if (reloaded) {
            reloadAll();
        } else {
            recomputeAll();
        }
        long[] ids = graph.ids();
        List<NodeScore> scores = Arrays.stream(ids).mapToObj(graph::score).toList();
        ScoreStore.Written written = store.writeAll(scores, modelVersion, computedAt);
        changes.recordAll(reloaded);
        return new FullRescore(modelVersion, ids.length, written.changed(), written.history(),
                (System.nanoTime() - started) / 1_000_000, reloaded);
    }

    /**
     * At start, once the graph is built: persists the scores that differ from the stored ones (a new day, a new
     * organization written by a seed), in the caller's transaction, which holds ScoreLock. Nothing unchanged is
     * rewritten.
     */
    public ScoreStore.Written persistAll() {
        ensureLoaded();
        lockUntilCompletion(Set.of());
        catchUp();
        graph.setToday(today());
        if (graph.rescore().length > 0) {
            touched();
        }
        List<NodeScore> scores = Arrays.stream(graph.ids()).mapToObj(graph::score).toList();
        ScoreStore.Written written = store.writeAll(scores, modelVersion, computedAt);
        if (written.changed() > 0) {
            changes.recordAll(false);
        }
        return written;
    }

    /**
     * The facts of the graph under the read lock (a consistent copy, taken in a few milliseconds), to be scored with
     * another model outside the lock: a preview never holds writers back for longer than the copy.
     */
    public NetworkFacts facts() {
        return read(ScoringGraph::facts);
    }

    /** The day the graph scores as of. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Applies what other instances committed since the last look (score_change), without writing: they persisted
     * their scores already. Called by writers under ScoreLock and by EngineFollower.
     */
    public void catchUp() {
        if (graph == null) {
            return;
        }
        lock.writeLock().lock();
        try {
            ScoreChanges.Pending pending = changes.since(appliedSeq, false);
            if (pending.lastSeq() <= appliedSeq) {
                return;
            }
            apply(pending);
            appliedSeq = pending.lastSeq();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * For EngineFollower: whether other instances changed anything since the last look, and if so applies it. A
     * rebuild another instance asked for is read from the database before taking the write lock, so readers wait
     * only for the swap.
     */
    void follow() {
        if (graph == null || changes.lastSeq() <= appliedSeq) {
            return;
        }
        ScoreChanges.Pending pending = changes.since(appliedSeq, false);
        if (!pending.reload()) {
            catchUp();
            return;
        }
        long seq = changes.lastSeq();
        Map<String, Facts.Country> fresh = facts.countries();
        ActiveModel active = models.active();
        ScoringGraph built = ScoringGraph.of(facts.all(fresh), active.model(), today());
        lock.writeLock().lock();
        try {
            graph = built;
            countries = fresh;
            modelVersion = active.version();
            // What committed while the graph was being built (by any instance, this one included) is applied again.
            ScoreChanges.Pending since = changes.since(seq, true);
            apply(since);
            appliedSeq = Math.max(since.lastSeq(), seq);
            touched();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Builds the graph from the database unless it is built. */
    public void ensureLoaded() {
        if (graph != null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (graph == null) {
                QuarkusTransaction.joiningExisting().run(this::load);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void load() {
        long started = System.nanoTime();
        long seq = changes.lastSeq();
        reloadAll();
        appliedSeq = seq;
        LOG.infof("Scoring engine loaded %d organizations with model %d in %d ms", graph.size(), modelVersion,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void apply(ScoreChanges.Pending pending) {
        if (pending.reload()) {
            reloadAll();
        } else if (pending.everything()) {
            if (facts.stamp().equals(NetworkStamp.of(graph))) {
                recomputeAll();
            } else {
                reloadAll();
            }
        } else if (!pending.organizations().isEmpty()) {
            reload(pending.organizations());
        }
    }

    /** Rebuilds the graph from the database with the active model, as of today. */
    private void reloadAll() {
        Map<String, Facts.Country> fresh = facts.countries();
        ActiveModel active = models.active();
        graph = ScoringGraph.of(facts.all(fresh), active.model(), today());
        countries = fresh;
        modelVersion = active.version();
        touched();
    }

    /** Recomputes every score of the warm graph with the active model, today's date and the current countries. */
    private void recomputeAll() {
        ActiveModel active = models.active();
        if (active.version() != modelVersion) {
            graph.setModel(active.model());
            modelVersion = active.version();
        }
        refreshCountries();
        graph.setToday(today());
        graph.rescoreAll();
        touched();
    }

    private void reload(Collection<Long> ids) {
        refreshCountries();
        NetworkFacts loaded = facts.of(ids, countries);
        Set<Long> removed = new HashSet<>(ids);
        removed.removeAll(loaded.organizations().keySet());
        graph.apply(loaded, removed);
        graph.setToday(today());
        graph.rescore();
        touched();
    }

    /**
     * Reads the countries and their indicators (a few hundred rows) and gives the organizations and legs in a country
     * that changed (CPI, rules, an indicator) the new country; unchanged countries keep their objects.
     */
    private void refreshCountries() {
        Map<String, Facts.Country> fresh = facts.countries();
        Map<String, Facts.Country> changed = new HashMap<>();
        Map<String, Facts.Country> kept = new HashMap<>();
        fresh.forEach((iso2, country) -> {
            Facts.Country known = countries.get(iso2);
            if (country.equals(known)) {
                kept.put(iso2, known);
            } else {
                kept.put(iso2, country);
                changed.put(iso2, country);
            }
        });
        countries = kept;
        if (!changed.isEmpty()) {
            CountryFacts.replace(graph, changed);
        }
    }

    private void touched() {
        computedAt = Instant.now(clock);
        revision++;
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
                        // Data computed from the graph and the database between the change and the commit are stale.
                        revision++;
                    } finally {
                        lock.writeLock().unlock();
                    }
                }
            });
            registered = true;
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
}
