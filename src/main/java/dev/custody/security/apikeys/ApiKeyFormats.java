package dev.custody.security.apikeys;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the key pages write times, states and roles: in words, not as ISO timestamps or enum constants. */
public final class ApiKeyFormats {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** A moment such as "3 Mar 2027, 14:05 UTC", or the given words when there is none. */
    public String moment(Instant at, String none) {
        return at == null ? none : MOMENT.format(at);
    }

    public String status(ApiKeyStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
        };
    }

    /** Role names as people read them, e.g. "risk analyst, admin". */
    public String roles(List<String> roles) {
        return roles.isEmpty() ? "no roles" : String.join(", ", roles.stream().map(this::role).toList());
    }

    public String role(String role) {
        return role.replace('-', ' ');
    }
}
