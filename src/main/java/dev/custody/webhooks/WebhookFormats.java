package dev.custody.webhooks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Formatting helpers the webhook pages call as ${w...}: times to the second, event names. */
public final class WebhookFormats {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }

    public String event(String type) {
        return EventCatalogue.name(type);
    }

    public String events(List<String> types) {
        return String.join(", ", types.stream().map(EventCatalogue::name).toList());
    }
}
