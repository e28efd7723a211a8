package dev.custody.network.pages;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The organization form as posted: every field is text, so that a bad value comes back to the form with a
 * message instead of failing the request; toInput turns it into the API's OrganizationInput.
 */
public record OrganizationForm(
        @RestForm String name,
        @RestForm String kind,
        @RestForm String hqCountry,
        @RestForm String ownership,
        @RestForm String parentCompany,
        @RestForm String parentCountry,
        @RestForm String description,
        @RestForm String version) {

    public static OrganizationForm blank() {
        return new OrganizationForm("", "", "", Ownership.PRIVATE.name(), "", "", "", null);
    }

    public static OrganizationForm of(Organization o) {
        return new OrganizationForm(o.name, o.kind.name(), o.hqCountry, o.ownership.name(), o.parentCompany,
                o.parentCountry, o.description, String.valueOf(o.version));
    }

    /** The input for the service; fields that cannot be read are reported into errors (field -> message). */
    public OrganizationInput toInput(Map<String, String> errors) {
        return new OrganizationInput(
                trimToNull(name),
                parseEnum(OrganizationKind.class, kind, "kind", errors),
                upper(hqCountry),
                parseEnum(Ownership.class, ownership, "ownership", errors),
                trimToNull(parentCompany),
                upper(parentCountry),
                trimToNull(description),
                parseVersion(errors));
    }

    private Long parseVersion(Map<String, String> errors) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            errors.putIfAbsent("version", "is not a version of this record; reload the page");
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, "choose one");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "choose one of the listed values");
            return null;
        }
    }

    private static String upper(String value) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
