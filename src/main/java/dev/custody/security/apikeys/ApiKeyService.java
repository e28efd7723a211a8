package dev.custody.security.apikeys;

import dev.custody.security.AppUser;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates, lists, revokes and checks the API keys of the embedded logins. */
@ApplicationScoped
public class ApiKeyService {
    /** The value of custody.auth (CUSTODY_AUTH) under which keys are accepted: Custody's own logins. */
    static final String EMBEDDED = "embedded";
    static final List<String> ALL_ROLES = List.of(Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER,
            Roles.ADMIN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();

    @Inject
    ApiKeyConfig config;
    @Inject
    Clock clock;
    @ConfigProperty(name = "custody.auth")
    String auth;

    /** False when Custody signs in through Keycloak: keys are then neither created nor accepted (README "API keys"). */
    public boolean enabled() {
        return EMBEDDED.equals(auth);
    }

    @Transactional
    public CreatedApiKey create(String owner, ApiKeyInput input) {
        requireEnabled();
        Set<String> ownerRoles = rolesOf(owner).orElseThrow(() -> new ConflictException(
                "API keys belong to Custody's own logins, and " + owner + " is not one of them"));
        Set<String> roles = checked(input, ownerRoles);
        if (ApiKey.count("owner = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", owner,
                clock.instant()) >= config.maxActivePerUser()) {
            throw new ConflictException("You already hold " + config.maxActivePerUser()
                    + " keys that work; revoke one you no longer use before creating another");
        }
        ApiKeySecret secret = ApiKeySecret.generate(random);
        ApiKey key = new ApiKey();
        key.owner = owner;
        key.name = input.name().strip();
        key.prefix = secret.prefix();
        key.keyHash = secret.hash();
        key.roles = String.join(",", roles);
        key.createdAt = clock.instant();
        key.expiresAt = input.expiresAt();
        key.persist();
        return new CreatedApiKey(secret.key(), ApiKeyView.of(key, clock.instant()));
    }

    /** The roles a new key may carry: the owner's (empty when the owner is not an embedded login). */
    public Set<String> grantable(String owner) {
        return rolesOf(owner).orElse(Set.of());
    }

    public List<ApiKeyView> own(String owner) {
        return views(ApiKey.list("owner = ?1 order by createdAt desc, id desc", owner));
    }

    /** Every login's keys (administrators), or one login's when owner is given. */
    public List<ApiKeyView> all(String owner) {
        return views(owner == null || owner.isBlank() ? ApiKey.list("order by owner, createdAt desc, id desc")
                : ApiKey.list("owner = ?1 order by createdAt desc, id desc", owner.strip()));
    }

    /** A key its owner or an administrator may see; anyone else is told it does not exist. */
    public ApiKeyView get(long id, String caller, boolean admin) {
        return ApiKeyView.of(visible(id, caller, admin), clock.instant());
    }

    /** Revokes a key at once; revoking a revoked key changes nothing. */
    @Transactional
    public ApiKeyView revoke(long id, String caller, boolean admin) {
        ApiKey key = visible(id, caller, admin);
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            key.revokedBy = caller;
        }
        return ApiKeyView.of(key, clock.instant());
    }

    /**
     * Checks a presented key: its hash, revocation, expiry and owner. The key acts with the roles it carries that its
     * owner still has. The last-used time is written only when the stored one is older than the configured interval.
     */
    @Transactional
    public ApiKeyCheck check(String presented) {
        Optional<String> prefix = ApiKeySecret.prefixOf(presented);
        if (prefix.isEmpty() || !enabled()) {
            return new ApiKeyCheck.Refused("This is not a Custody API key");
        }
        ApiKey key = ApiKey.<ApiKey>find("prefix", prefix.get()).firstResult();
        if (key == null || !ApiKeySecret.matches(presented, key.keyHash)) {
            return new ApiKeyCheck.Refused("This API key is not valid");
        }
        Instant now = clock.instant();
        switch (key.status(now)) {
            case REVOKED:
                return new ApiKeyCheck.Refused("The API key \"" + key.name + "\" was revoked on " + DAY.format(key.revokedAt));
            case EXPIRED:
                return new ApiKeyCheck.Refused("The API key \"" + key.name + "\" expired on " + DAY.format(key.expiresAt));
            default:
                break;
        }
        Optional<Set<String>> ownerRoles = rolesOf(key.owner);
        if (ownerRoles.isEmpty()) {
            return new ApiKeyCheck.Refused("The login the API key \"" + key.name + "\" belongs to no longer exists");
        }
        Set<String> roles = new LinkedHashSet<>(key.roleList());
        roles.retainAll(ownerRoles.get());
        touch(key, now);
        return new ApiKeyCheck.Accepted(key.owner, Set.copyOf(roles), key.id);
    }

    private void touch(ApiKey key, Instant now) {
        Instant due = now.minus(config.lastUsedInterval());
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(due)) {
            // Conditional, so that instances checking the same key at the same moment write it once.
            ApiKey.update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, key.id, due);
        }
    }

    private Set<String> checked(ApiKeyInput input, Set<String> ownerRoles) {
        FieldErrors errors = new FieldErrors();
        Set<String> roles = new LinkedHashSet<>();
        if (input.roles() == null || input.roles().isEmpty()) {
            ALL_ROLES.stream().filter(ownerRoles::contains).forEach(roles::add);
        } else {
            for (String role : input.roles()) {
                String name = role == null ? "" : role.strip();
                if (!ALL_ROLES.contains(name)) {
                    errors.add("roles", "\"" + name + "\" is not a role; the roles are " + String.join(", ", ALL_ROLES));
                } else if (!ownerRoles.contains(name)) {
                    errors.add("roles", "you do not have the role " + name + ", so a key of yours cannot carry it");
                } else {
                    roles.add(name);
                }
            }
        }
        errors.check(input.expiresAt() == null || input.expiresAt().isAfter(clock.instant()), "expiresAt",
                "must be in the future");
        errors.throwIfAny();
        return roles;
    }

    private ApiKey visible(long id, String caller, boolean admin) {
        ApiKey key = ApiKey.findById(id);
        if (key == null || !(admin || key.owner.equals(caller))) {
            throw new NotFoundException("API key", id);
        }
        return key;
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new ConflictException("API keys are off while Custody signs in through Keycloak; "
                    + "ask Keycloak for a token instead (README \"API keys\")");
        }
    }

    private static Optional<Set<String>> rolesOf(String username) {
        return AppUser.<AppUser>find("username", username).firstResultOptional()
                .map(user -> Set.copyOf(Arrays.stream(user.roles.split(",")).map(String::strip)
                        .filter(r -> !r.isEmpty()).toList()));
    }

    private List<ApiKeyView> views(List<ApiKey> keys) {
        Instant now = clock.instant();
        return keys.stream().map(k -> ApiKeyView.of(k, now)).toList();
    }
}
