package dev.custody.webhooks;

import dev.custody.platform.events.PlatformEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox: every platform event becomes one delivery row per active endpoint that wants it, written in the
 * transaction of the change (so a rollback takes the rows with it). Once that transaction has committed, the
 * worker is woken to send them at once instead of at its next poll.
 */
@ApplicationScoped
public class WebhookOutbox {
    private static final String SUBSCRIBERS = WebhookOutbox.class.getName() + ".subscribers";

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    CloudEvents cloudEvents;
    @Inject
    WebhookWorker worker;
    @Inject
    Clock clock;

    void queue(@Observes PlatformEvent event) {
        QuarkusTransaction.joiningExisting().run(() -> {
            List<Long> endpoints = subscribers().entrySet().stream().filter(e -> e.getValue().contains(event.type()))
                    .map(Map.Entry::getKey).toList();
            queue(event.type(), event.subject(), event, endpoints);
        });
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlatformEvent event) {
        worker.wake();
    }

    /** Writes one delivery of a new event (one CloudEvent id) for each of these endpoints. */
    List<WebhookDelivery> queue(String type, String subject, Object data, List<Long> endpointIds) {
        if (endpointIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String body = cloudEvents.body(id, type, subject, now, data);
        List<WebhookDelivery> queued = new ArrayList<>();
        for (Long endpointId : endpointIds) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.endpointId = endpointId;
            delivery.eventId = id;
            delivery.eventType = type;
            delivery.subject = subject;
            delivery.payload = body;
            delivery.status = WebhookDelivery.Status.PENDING;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            em.persist(delivery);
            queued.add(delivery);
        }
        return queued;
    }

    /** The active endpoints and the types each wants, read once per transaction however many events it fires. */
    private Map<Long, List<String>> subscribers() {
        @SuppressWarnings("unchecked")
        Map<Long, List<String>> cached = (Map<Long, List<String>>) transaction.getResource(SUBSCRIBERS);
        if (cached == null) {
            cached = em.createQuery("select e.id, e.eventTypes from WebhookEndpoint e where e.active = true",
                    Object[].class).getResultStream().collect(Collectors.toMap(r -> (Long) r[0],
                            r -> List.of(((String) r[1]).split(","))));
            transaction.putResource(SUBSCRIBERS, cached);
        }
        return cached;
    }
}
