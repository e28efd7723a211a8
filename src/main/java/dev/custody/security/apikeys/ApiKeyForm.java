package dev.custody.security.apikeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The new-key form as posted; the expiry is a day, and the key works through the end of that day (UTC). */
public record ApiKeyForm(@RestForm String name, @RestForm List<String> roles, @RestForm String expiresOn) {
    static final Set<String> FIELDS = Set.of("name", "roles", "expiresOn");

    static ApiKeyForm blank(Set<String> roles) {
        return new ApiKeyForm("", List.copyOf(roles), "");
    }

    ApiKeyInput toInput(Map<String, String> errors) {
        return new ApiKeyInput(name == null ? "" : name.strip(), roles == null ? List.of() : roles, expiry(errors));
    }

    /** Whether a role's box is ticked. */
    public boolean ticked(String role) {
        return roles != null && roles.contains(role);
    }

    private java.time.Instant expiry(Map<String, String> errors) {
        if (expiresOn == null || expiresOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("expiresOn", "must be a date such as 2027-03-31");
            return null;
        }
    }
}
