package dev.custody.network.pages;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
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
                FormValues.text(name),
                FormValues.choice(OrganizationKind.class, kind, "kind", errors),
                FormValues.upper(hqCountry),
                FormValues.choice(Ownership.class, ownership, "ownership", errors),
                FormValues.text(parentCompany),
                FormValues.upper(parentCountry),
                FormValues.text(description),
                FormValues.version(version, errors));
    }
}
