package dev.custody.network;

import dev.custody.reference.CountryRepository;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Creates, changes and removes organizations, keeping names unique and tiers true. */
@ApplicationScoped
public class OrganizationService {
    @Inject
    OrganizationRepository organizations;
    @Inject
    CountryRepository countries;
    @Inject
    TierService tiers;
    @Inject
    NetworkEvents events;
    @Inject
    Instance<OrganizationDependents> others;

    public PageResult<Organization> list(OrganizationFilter filter, ListQuery query) {
        return organizations.list(filter, query);
    }

    public Organization get(long id) {
        return organizations.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    @Transactional
    public Organization create(OrganizationInput input) {
        validate(input, null);
        Organization organization = new Organization();
        apply(organization, input);
        organizations.persist(organization);
        tiers.refresh(Set.of(organization.id));
        // The tier was written by a bulk update: read it back so the response shows it.
        organizations.getEntityManager().refresh(organization);
        events.changed(organization.id);
        return organization;
    }

    @Transactional
    public Organization update(long id, OrganizationInput input, long expectedVersion) {
        Organization organization = get(id);
        Versions.check("Organization " + id, organization.version, expectedVersion);
        validate(input, id);
        boolean kindChanged = organization.kind != input.kind();
        if (kindChanged && organization.kind == OrganizationKind.VENDOR) {
            List<String> asVendor = new ArrayList<>();
            count(asVendor, CustodyLeg.count("vendor.id", id), "custody leg");
            others.forEach(o -> o.countAsVendor(id).forEach((what, n) -> count(asVendor, n, what)));
            if (!asVendor.isEmpty()) {
                throw new ConflictException(organization.name + " has " + String.join(", ", asVendor)
                        + " as a vendor; remove them before it stops being a vendor");
            }
        }
        apply(organization, input);
        if (kindChanged) {
            organizations.flush();
            tiers.refresh(Set.of(id));
            organizations.getEntityManager().refresh(organization);
        }
        organizations.flush();
        events.changed(id);
        return organization;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Organization organization = get(id);
        Versions.checkDelete("Organization " + id, organization.version, expectedVersion);
        List<String> dependents = dependents(id);
        if (!dependents.isEmpty()) {
            throw new ConflictException(organization.name + " cannot be deleted while it has "
                    + String.join(", ", dependents) + "; remove those first");
        }
        organizations.delete(organization);
        events.changed(id);
    }

    private List<String> dependents(long id) {
        List<String> found = new ArrayList<>();
        count(found, Site.count("organization.id", id), "site");
        count(found, SupplyLink.count("buyer.id = ?1 or supplier.id = ?1", id), "supply link");
        count(found, CustodyLeg.count("vendor.id = ?1 or handler.id = ?1", id), "custody leg");
        count(found, Incident.count("organization.id", id), "incident");
        count(found, Assessment.count("organization.id", id), "assessment");
        others.forEach(o -> o.count(id).forEach((what, n) -> count(found, n, what)));
        return found;
    }

    private static void count(List<String> found, long n, String what) {
        if (n > 0) {
            found.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    private void validate(OrganizationInput input, Long id) {
        FieldErrors errors = new FieldErrors()
                .check(countries.exists(input.hqCountry()), "hqCountry", "is not a known country code")
                .check(input.parentCountry() == null || countries.exists(input.parentCountry()),
                        "parentCountry", "is not a known country code");
        input.ownershipErrors().forEach(e -> errors.add(e.field(), e.message()));
        errors.check(!Names.hasBidiControl(input.name()), "name", Names.BIDI_REFUSAL)
                .check(!Names.clean(input.name()).isEmpty(), "name", "must not be blank")
                .check(!Names.hasBidiControl(input.parentCompany()), "parentCompany", Names.BIDI_REFUSAL);
        errors.throwIfAny();
        organizations.findByNameIgnoreCase(input.name())
                .filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw new DuplicateNameException("name", "reads the same as \"" + other.name
                            + "\" (organization " + other.id + "); names are compared without case, width and "
                            + "invisible characters");
                });
    }

    private static void apply(Organization organization, OrganizationInput input) {
        organization.name = Names.clean(input.name());
        organization.kind = input.kind();
        organization.hqCountry = input.hqCountry();
        organization.ownership = input.ownership();
        organization.parentCompany = blankToNull(Names.clean(input.parentCompany()));
        organization.parentCountry = blankToNull(input.parentCountry());
        organization.description = blankToNull(input.description());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
