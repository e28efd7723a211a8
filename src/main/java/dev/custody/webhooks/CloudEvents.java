package dev.custody.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/** Writes an event as a CloudEvents 1.0 JSON document in structured mode, the body of its deliveries. */
@ApplicationScoped
public class CloudEvents {
    /** The media type of a structured-mode CloudEvent (CloudEvents HTTP binding). */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    /** The largest body stored (the payload column); larger data is replaced by a note that it was too large. */
    static final int MAX_CHARS = 16000;
    private static final Logger LOG = Logger.getLogger(CloudEvents.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    WebhookConfig config;

    public String body(String id, String type, String subject, Instant time, Object data) {
        String body = json(envelope(id, type, subject, time, data));
        if (body.length() <= MAX_CHARS) {
            return body;
        }
        LOG.warnf("Event %s of type %s is %d characters long; its data is left out of the webhook", id, type,
                body.length());
        return json(envelope(id, type, subject, time, Map.of("truncated", true)));
    }

    private Map<String, Object> envelope(String id, String type, String subject, Instant time, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", config.source());
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
