package dev.custody.security.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key: a name to recognise it by, the roles it carries (default: all of yours), an optional expiry. */
public record ApiKeyInput(
        @Schema(description = "What the key is for, e.g. the script or system that holds it")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Roles the key carries, each one a role of yours; all of your roles when omitted")
        List<String> roles,
        @Schema(description = "When the key stops working; never when omitted") Instant expiresAt) {
}
