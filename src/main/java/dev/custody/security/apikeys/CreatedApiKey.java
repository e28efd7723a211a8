package dev.custody.security.apikeys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the only time the key itself is shown. */
public record CreatedApiKey(
        @Schema(description = "The key: send it as \"Authorization: Bearer <key>\". It is shown only this once; "
                + "Custody keeps only its SHA-256") String key,
        ApiKeyView apiKey) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + apiKey + "]";
    }
}
