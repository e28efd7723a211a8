package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The change log that keeps every instance's scoring engine in step (table score_change): the changing transaction
 * appends the organizations whose facts it changed (or a row without organization when everything was rescored),
 * and each instance applies, in order, the rows other instances wrote. Writers append while holding ScoreLock, so
 * the order of sequence numbers is the order of commits.
 */
@ApplicationScoped
public class ScoreChanges {
    /** This process, as the writer of its rows. */
    static final String INSTANCE = UUID.randomUUID().toString();
    /** Rows older than this are deleted: every running instance has long applied them. */
    static final Duration KEEP = Duration.ofHours(6);

    /** What other instances changed after a sequence number: organizations to reload, or everything. */
    public record Pending(long lastSeq, Set<Long> organizations, boolean everything) {
    }

    @Inject
    EntityManager em;
    @Inject
    ScoringEngine engine;
    @Inject
    Clock clock;

    /** Appends a row per organization changed by the current transaction. */
    public void record(Collection<Long> organizations) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        for (Long id : new LinkedHashSet<>(organizations)) {
            em.createNativeQuery("insert into score_change (organization_id, instance, changed_at) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, INSTANCE).setParameter(3, now).executeUpdate();
        }
    }

    /** Appends a row saying everything was rescored (a model activation, a full or daily rescore). */
    public void recordAll() {
        em.createNativeQuery("insert into score_change (organization_id, instance, changed_at) values (null, ?1, ?2)")
                .setParameter(1, INSTANCE)
                .setParameter(2, OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC)).executeUpdate();
    }

    /** The highest sequence number written so far (0 when none). */
    public long lastSeq() {
        Number max = (Number) em.createNativeQuery("select max(seq) from score_change").getSingleResult();
        return max == null ? 0 : max.longValue();
    }

    /** What the other instances changed after seq. */
    public Pending since(long seq) {
        Set<Long> organizations = new LinkedHashSet<>();
        boolean everything = false;
        long last = seq;
        for (Object row : em.createNativeQuery("select seq, organization_id, instance from score_change where seq > ?1 "
                + "order by seq").setParameter(1, seq).getResultList()) {
            Object[] r = (Object[]) row;
            last = Math.max(last, ((Number) r[0]).longValue());
            if (INSTANCE.equals(r[2])) {
                continue;
            }
            if (r[1] == null) {
                everything = true;
            } else {
                organizations.add(((Number) r[1]).longValue());
            }
        }
        return new Pending(last, organizations, everything);
    }

    /** Applies other instances' changes twice a second, so a score they changed shows here within a second. */
    @Scheduled(every = "${custody.scoring.engine.poll:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        QuarkusTransaction.requiringNew().run(engine::catchUp);
    }

    /** Deletes rows every instance has applied long ago. */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from score_change where changed_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now(clock).minus(KEEP), ZoneOffset.UTC))
                .executeUpdate());
    }
}
