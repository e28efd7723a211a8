package dev.custody.security.apikeys;

import java.time.Instant;
import java.util.List;

/** An API key as listed: never the key, only its prefix. */
public record ApiKeyView(long id, String name, String owner, String prefix, List<String> roles, ApiKeyStatus status,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    static ApiKeyView of(ApiKey key, Instant now) {
        return new ApiKeyView(key.id, key.name, key.owner, key.prefix, key.roleList(), key.status(now), key.createdAt,
                key.expiresAt, key.lastUsedAt, key.revokedAt, key.revokedBy);
    }
}
