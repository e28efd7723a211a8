package dev.custody.security.apikeys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An API key of an embedded login: its SHA-256, its prefix in clear, the roles it carries and its life. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The user name of the login the key acts for. */
    public String owner;
    public String name;
    public String prefix;
    public String keyHash;
    /** Comma-separated role names, a subset of the owner's roles when the key was created. */
    public String roles;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant lastUsedAt;
    public Instant revokedAt;
    public String revokedBy;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    public ApiKeyStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiKeyStatus.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? ApiKeyStatus.EXPIRED : ApiKeyStatus.ACTIVE;
    }
}
