package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The change log that keeps every instance's scoring engine in step (table score_change): the changing transaction
 * appends the organizations whose facts it changed (or a row without organization when everything was rescored, and
 * whether the graph was rebuilt from the database), and each instance applies, in order, the rows other instances
 * wrote (EngineFollower looks a few times a second). Writers append while holding ScoreLock, so the order of sequence
 * numbers is the order of commits.
 */
@ApplicationScoped
public class ScoreChanges {
    /** This process, as the writer of its rows. */
    static final String INSTANCE = UUID.randomUUID().toString();
    /** Rows older than this are deleted: every running instance has long applied them. */
    static final Duration KEEP = Duration.ofHours(6);
    private static final String INSERT = "insert into score_change (organization_id, instance, changed_at, reload) "
            + "values (?, ?, ?, ?)";

    /**
     * What changed after a sequence number: organizations to reload, everything to recompute, or the whole graph to
     * rebuild from the database.
     */
    public record Pending(long lastSeq, Set<Long> organizations, boolean everything, boolean reload) {
        boolean any() {
            return everything || reload || !organizations.isEmpty();
        }
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** Appends a row per organization changed by the current transaction, in one batch. */
    public void record(Collection<Long> organizations) {
        OffsetDateTime now = now();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Long id : new LinkedHashSet<>(organizations)) {
                    insert.setLong(1, id);
                    insert.setString(2, INSTANCE);
                    insert.setObject(3, now);
                    insert.setBoolean(4, false);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Appends a row saying everything was rescored (a model, countries, a day), and rebuilt from the database. */
    public void recordAll(boolean reload) {
        OffsetDateTime now = now();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setNull(1, java.sql.Types.BIGINT);
                insert.setString(2, INSTANCE);
                insert.setObject(3, now);
                insert.setBoolean(4, reload);
                insert.executeUpdate();
            }
        });
    }

    /** The highest sequence number written so far (0 when none). */
    public long lastSeq() {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement select = c.prepareStatement("select max(seq) from score_change");
                    ResultSet r = select.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** What was changed after seq: by other instances only (their changes this one has not applied), or by all. */
    public Pending since(long seq, boolean ownToo) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Set<Long> organizations = new LinkedHashSet<>();
            boolean everything = false;
            boolean reload = false;
            long last = seq;
            try (PreparedStatement select = c.prepareStatement("select seq, organization_id, instance, reload "
                    + "from score_change where seq > ? order by seq")) {
                select.setLong(1, seq);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        last = Math.max(last, r.getLong(1));
                        if (!ownToo && INSTANCE.equals(r.getString(3))) {
                            continue;
                        }
                        long organization = r.getLong(2);
                        if (r.wasNull()) {
                            everything = true;
                            reload |= r.getBoolean(4);
                        } else {
                            organizations.add(organization);
                        }
                    }
                }
            }
            return new Pending(last, organizations, everything, reload);
        });
    }

    /** Deletes rows every instance has applied long ago. */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from score_change where changed_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now(clock).minus(KEEP), ZoneOffset.UTC))
                .executeUpdate());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
