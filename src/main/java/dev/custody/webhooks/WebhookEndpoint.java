package dev.custody.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A receiver registered by an administrator: where to post, which events, the signing secret, active or paused. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String url;
    public String description;
    /** The CloudEvents types wanted, comma-separated in catalogue order. */
    public String eventTypes;
    /** The HMAC-SHA256 key of the signature header; shown once, never in a view. */
    public String secret;
    public boolean active;
    public Instant createdAt;
    public String createdBy;
    public Instant updatedAt;
    public String updatedBy;
    @Version
    public long version;

    public List<String> types() {
        return eventTypes == null || eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public boolean wants(String type) {
        return types().contains(type);
    }

    void types(Collection<String> types) {
        eventTypes = String.join(",", EventCatalogue.ordered(types));
    }

    public static List<WebhookEndpoint> byId() {
        return list("order by id");
    }
}
