package dev.custody.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sends due deliveries, on any number of instances at once without sending one twice: a worker claims rows in a
 * short transaction (SELECT ... FOR UPDATE SKIP LOCKED, then an UPDATE that only takes a row nobody holds, which is
 * atomic on PostgreSQL and H2 alike), sends outside any transaction, and records the answer only while it still
 * holds the lease. A worker that dies mid-send leaves its rows to be taken over when the lease ends.
 */
@ApplicationScoped
public class WebhookDispatcher {
    /** This instance's name in the attempt log. */
    static final String WORKER = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);

    /** A delivery this worker holds: what to send, where, and the token that proves the lease. */
    record Claim(long id, String token, int attempt, String url, String secret, String payload) {
    }

    @Inject
    EntityManager em;
    @Inject
    WebhookConfig config;
    @Inject
    WebhookSender sender;
    @Inject
    Clock clock;

    /** One round of this instance's worker; how many deliveries it attempted. */
    public int runOnce() {
        return runOnce(WORKER);
    }

    /** One round as the named worker: claim a batch of due deliveries, send each, record each answer. */
    public int runOnce(String worker) {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(this::claim);
        for (Claim claim : claims) {
            WebhookSender.Outcome outcome = sender.send(claim.url(), claim.secret(), claim.payload(), claim.id(),
                    claim.attempt());
            QuarkusTransaction.requiringNew().run(() -> record(claim, outcome, worker));
        }
        return claims.size();
    }

    private List<Claim> claim() {
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(String.format(Locale.ROOT, "select d.id from webhook_delivery d "
                + "where d.status = 'PENDING' and d.next_attempt_at <= ?1 and (d.lease_until is null or d.lease_until < ?1) "
                + "and exists (select 1 from webhook_endpoint e where e.id = d.endpoint_id and e.active = true) "
                + "order by d.next_attempt_at, d.id fetch first %d rows only for update skip locked",
                config.batchSize())).setParameter(1, at).getResultList();
        List<Claim> claims = new ArrayList<>();
        OffsetDateTime until = OffsetDateTime.ofInstant(now.plus(config.lease()), ZoneOffset.UTC);
        for (Number id : due) {
            String token = UUID.randomUUID().toString();
            int taken = em.createNativeQuery("update webhook_delivery set lease_until = ?1, lease_token = ?2 "
                    + "where id = ?3 and status = 'PENDING' and (lease_until is null or lease_until < ?4)")
                    .setParameter(1, until).setParameter(2, token).setParameter(3, id.longValue()).setParameter(4, at)
                    .executeUpdate();
            if (taken == 1) {
                Object[] row = em.createQuery("select d.attempts, e.url, e.secret, d.payload from WebhookDelivery d, "
                        + "WebhookEndpoint e where e.id = d.endpointId and d.id = :id", Object[].class)
                        .setParameter("id", id.longValue()).getSingleResult();
                claims.add(new Claim(id.longValue(), token, (Integer) row[0] + 1, (String) row[1], (String) row[2],
                        (String) row[3]));
            }
        }
        return claims;
    }

    /** Records an attempt's answer, unless the lease was lost (taken over, or the endpoint deleted meanwhile). */
    private void record(Claim claim, WebhookSender.Outcome outcome, String worker) {
        Instant now = clock.instant();
        boolean done = outcome.delivered();
        boolean givenUp = !done && claim.attempt() >= config.maxAttempts();
        WebhookDelivery.Status status = done ? WebhookDelivery.Status.DELIVERED
                : givenUp ? WebhookDelivery.Status.FAILED : WebhookDelivery.Status.PENDING;
        Instant next = done || givenUp ? null
                : now.plus(Backoff.after(claim.attempt(), config.backoff(), config.maxBackoff()));
        int updated = em.createQuery("update WebhookDelivery d set d.status = :status, d.attempts = :attempt, "
                + "d.lastAttemptAt = :now, d.lastStatusCode = :code, d.lastError = :error, d.nextAttemptAt = :next, "
                + "d.deliveredAt = :delivered, d.leaseUntil = null, d.leaseToken = null "
                + "where d.id = :id and d.leaseToken = :token")
                .setParameter("status", status).setParameter("attempt", claim.attempt()).setParameter("now", now)
                .setParameter("code", outcome.statusCode()).setParameter("error", outcome.error())
                .setParameter("next", next).setParameter("delivered", done ? now : null)
                .setParameter("id", claim.id()).setParameter("token", claim.token()).executeUpdate();
        if (updated == 1) {
            WebhookAttempt attempt = new WebhookAttempt();
            attempt.deliveryId = claim.id();
            attempt.attempt = claim.attempt();
            attempt.attemptedAt = now;
            attempt.statusCode = outcome.statusCode();
            attempt.error = outcome.error();
            attempt.durationMs = outcome.durationMs();
            attempt.worker = worker;
            em.persist(attempt);
        }
    }

    /** Removes delivered and given-up deliveries older than the retention (their attempts go with them); how many. */
    public int purge() {
        Instant before = clock.instant().minus(config.retention());
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("delete from WebhookDelivery d "
                + "where d.status <> :pending and d.createdAt < :before").setParameter("pending",
                        WebhookDelivery.Status.PENDING).setParameter("before", before).executeUpdate());
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() <= 80 ? name : name.substring(0, 80);
        } catch (UnknownHostException e) {
            return "custody";
        }
    }
}
