package dev.custody.webhooks;

import dev.custody.network.pages.FormValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The endpoint form as posted; toInput makes the API's WebhookInput. */
public record WebhookForm(
        @RestForm String url,
        @RestForm String description,
        @RestForm List<String> events,
        @RestForm String active,
        @RestForm String version) {
    static final Set<String> FIELDS = Set.of("url", "description", "events");

    static WebhookForm blank() {
        return new WebhookForm("https://", "", EventCatalogue.types(), "true", null);
    }

    static WebhookForm of(WebhookView v) {
        return new WebhookForm(v.url(), v.description() == null ? "" : v.description(), v.events(),
                String.valueOf(v.active()), String.valueOf(v.version()));
    }

    WebhookInput toInput(Map<String, String> errors) {
        return new WebhookInput(url == null ? "" : url.trim(), FormValues.text(description), List.copyOf(ticked()),
                isActive(), FormValues.version(version, errors));
    }

    /** The ticked event types, to tick them again. */
    public Set<String> ticked() {
        return events == null ? Set.of() : new LinkedHashSet<>(events);
    }

    /** The active checkbox: sent when ticked, absent when not. */
    public boolean isActive() {
        return FormValues.checked(active);
    }
}
