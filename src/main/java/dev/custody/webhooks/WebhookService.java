package dev.custody.webhooks;

import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registers, changes, pauses and removes webhook endpoints, sends test events and reads the delivery log. */
@ApplicationScoped
public class WebhookService {
    /** How many deliveries of an endpoint wait, arrived, or were given up. */
    public record Counts(long pending, long delivered, long failed) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private final SecureRandom random = new SecureRandom();

    @Inject
    WebhookTargets targets;
    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookWorker worker;
    @Inject
    Clock clock;

    public List<WebhookView> list() {
        Map<Long, Counts> counts = counts();
        return WebhookEndpoint.byId().stream()
                .map(e -> WebhookView.of(e, counts.getOrDefault(e.id, Counts.NONE))).toList();
    }

    public WebhookView view(long id) {
        return WebhookView.of(get(id), counts().getOrDefault(id, Counts.NONE));
    }

    WebhookEndpoint get(long id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Webhook endpoint", id));
    }

    @Transactional
    public WebhookCreated create(WebhookInput input, String user) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        apply(endpoint, input, user);
        endpoint.active = input.active() == null || input.active();
        endpoint.secret = newSecret();
        endpoint.createdAt = endpoint.updatedAt;
        endpoint.createdBy = user;
        endpoint.persist();
        return new WebhookCreated(WebhookView.of(endpoint, Counts.NONE), endpoint.secret);
    }

    @Transactional
    public WebhookView update(long id, WebhookInput input, long expectedVersion, String user) {
        WebhookEndpoint endpoint = get(id);
        Versions.check("Webhook endpoint " + id, endpoint.version, expectedVersion);
        apply(endpoint, input, user);
        if (input.active() != null) {
            endpoint.active = input.active();
        }
        WebhookEndpoint.flush();
        return view(id);
    }

    /** Pauses (nothing is queued for it, queued deliveries wait) or resumes an endpoint. */
    @Transactional
    public WebhookView setActive(long id, boolean active, String user) {
        WebhookEndpoint endpoint = get(id);
        if (endpoint.active != active) {
            endpoint.active = active;
            touched(endpoint, user);
            WebhookEndpoint.flush();
        }
        return view(id);
    }

    /** Removes an endpoint with its deliveries and their log. */
    @Transactional
    public void delete(long id, Long expectedVersion) {
        WebhookEndpoint endpoint = get(id);
        Versions.checkDelete("Webhook endpoint " + id, endpoint.version, expectedVersion);
        endpoint.delete();
    }

    /** A new secret replaces the old one at once; deliveries from now on are signed with it. */
    @Transactional
    public WebhookCreated rotateSecret(long id, String user) {
        WebhookEndpoint endpoint = get(id);
        endpoint.secret = newSecret();
        touched(endpoint, user);
        WebhookEndpoint.flush();
        return new WebhookCreated(view(id), endpoint.secret);
    }

    /** Queues a test event for this endpoint alone and wakes the worker once it is stored. */
    public DeliveryView sendTest(long id, String user) {
        DeliveryView queued = QuarkusTransaction.requiringNew().call(() -> {
            WebhookEndpoint endpoint = get(id);
            if (!endpoint.active) {
                throw new ConflictException("Webhook endpoint " + id + " is paused; resume it to send a test event");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("endpointId", id);
            data.put("requestedBy", user);
            data.put("message", "A test event from Custody. Check its signature as you would for any other event.");
            return DeliveryView.of(outbox.queue(EventCatalogue.TEST, "webhooks/" + id, data, List.of(id)).get(0));
        });
        worker.wake();
        return queued;
    }

    /** An endpoint's deliveries, newest first. */
    public PageResult<DeliveryView> deliveries(long id, ListQuery query) {
        get(id);
        var found = WebhookDelivery.<WebhookDelivery>find("endpointId = ?1 order by createdAt desc, id desc", id);
        List<DeliveryView> items = found.page(query.page(), query.size()).list().stream().map(DeliveryView::of)
                .toList();
        return new PageResult<>(items, query.page(), query.size(), found.count());
    }

    public DeliveryDetail delivery(long id, long deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .filter(d -> d.endpointId == id)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId + " of webhook endpoint " + id));
        return DeliveryDetail.of(delivery, WebhookAttempt.of(deliveryId));
    }

    /** The attempts of these deliveries, by delivery, in one query. */
    public Map<Long, List<DeliveryDetail.Attempt>> attempts(List<DeliveryView> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DeliveryDetail.Attempt>> byDelivery = new HashMap<>();
        WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by deliveryId, attempt",
                deliveries.stream().map(DeliveryView::id).toList()).forEach(a -> byDelivery
                        .computeIfAbsent(a.deliveryId, k -> new ArrayList<>()).add(DeliveryDetail.Attempt.of(a)));
        return byDelivery;
    }

    private void apply(WebhookEndpoint endpoint, WebhookInput input, String user) {
        List<String> unknown = EventCatalogue.unknown(input.events());
        String url = input.url().trim();
        FieldErrors errors = new FieldErrors().check(unknown.isEmpty(), "events", "names unknown events " + unknown
                + "; known: " + String.join(", ", EventCatalogue.types()));
        String refused = targets.problem(url);
        errors.check(refused == null, "url", refused).throwIfAny();
        endpoint.url = url;
        endpoint.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        endpoint.types(input.events());
        touched(endpoint, user);
    }

    private void touched(WebhookEndpoint endpoint, String user) {
        endpoint.updatedAt = Instant.now(clock);
        endpoint.updatedBy = user;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<Long, Counts> counts() {
        Map<Long, long[]> tally = new HashMap<>();
        for (Object[] r : WebhookDelivery.getEntityManager().createQuery("select d.endpointId, d.status, count(d) "
                + "from WebhookDelivery d group by d.endpointId, d.status", Object[].class).getResultList()) {
            long[] t = tally.computeIfAbsent((Long) r[0], k -> new long[3]);
            t[((WebhookDelivery.Status) r[1]).ordinal()] = (Long) r[2];
        }
        Map<Long, Counts> counts = new HashMap<>();
        tally.forEach((id, t) -> counts.put(id, new Counts(t[0], t[1], t[2])));
        return counts;
    }
}
