package dev.custody.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An endpoint as an administrator registers or changes it: where to post, which events (CloudEvents types from
 * GET /api/webhooks/event-types), a note, active (default true) and, for a change, the version edited.
 */
public record WebhookInput(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 500) String description,
        @NotEmpty(message = "choose at least one event") List<String> events,
        Boolean active,
        Long version) {
}
