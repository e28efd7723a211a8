package dev.custody.hbom;

import dev.custody.hbom.HbomParts.Maker;
import dev.custody.hbom.HbomParts.Part;
import dev.custody.hbom.HbomReport.Candidate;
import dev.custody.hbom.HbomReport.Match;
import dev.custody.network.OrganizationKind;
import dev.custody.web.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * The companies a BOM names as manufacturer or supplier, one per normalised name, each resolved to a stored
 * organization, a new one, or a choice the analyst must make; the target organization is the buyer at the top.
 */
final class HbomCompanies {
    static final int MAX_NAME = 200;

    /** One company; id is the stored organization's, or a temporary negative id for one to create. */
    static final class Company {
        final String key;
        final String name;
        final String nameField;
        final List<String> fields = new ArrayList<>();
        final OrganizationKind defaultKind;
        String countryText;
        String countryField;
        Match match;
        long id;
        String hqCountry;
        OrganizationKind kind;
        List<Candidate> candidates = List.of();

        Company(String key, String name, String nameField, OrganizationKind defaultKind) {
            this.key = key;
            this.name = name;
            this.nameField = nameField;
            this.defaultKind = defaultKind;
        }
    }

    /** What the resolution needs from the database: stored names, countries, whether an id exists. */
    record Lookups(OrganizationMatcher matcher, Countries countries, LongPredicate exists,
            Function<String, Long> sameName) {
    }

    private final Map<String, Company> byKey = new LinkedHashMap<>();
    private final Company target;
    private final List<FieldError> errors;
    private final List<FieldError> needed;
    private final List<FieldError> notes;

    HbomCompanies(long targetId, String targetName, List<FieldError> errors, List<FieldError> needed,
            List<FieldError> notes) {
        this.errors = errors;
        this.needed = needed;
        this.notes = notes;
        target = new Company(OrganizationMatcher.key(targetName), targetName, null, null);
        target.match = Match.EXISTING;
        target.id = targetId;
    }

    Company target() {
        return target;
    }

    Company get(String key) {
        return key.equals(target.key) ? target : byKey.get(key);
    }

    /** The companies of the BOM, in the order it first names them (the target only when the BOM names it). */
    Collection<Company> all() {
        return byKey.values();
    }

    /** Collects the manufacturer and supplier of every part. */
    void collect(List<Part> parts) {
        for (Part part : parts) {
            OrganizationKind kind = part.firmware() ? OrganizationKind.FIRMWARE_HOUSE
                    : part.hasParts() ? OrganizationKind.CONTRACT_MANUFACTURER : OrganizationKind.COMPONENT_SUPPLIER;
            add(part.manufacturer(), part.field() + ".manufacturer", kind);
            boolean distributor = part.manufacturer() != null && part.supplier() != null
                    && !key(part.manufacturer()).equals(key(part.supplier()));
            add(part.supplier(), part.field() + ".supplier", distributor ? OrganizationKind.DISTRIBUTOR : kind);
        }
    }

    static String key(Maker maker) {
        return OrganizationMatcher.key(maker.name());
    }

    private void add(Maker maker, String field, OrganizationKind kind) {
        if (maker == null) {
            return;
        }
        String key = key(maker);
        Company company = key.equals(target.key) ? target
                : byKey.computeIfAbsent(key, k -> new Company(k, maker.name(), field + ".name", kind));
        company.fields.add(field);
        if (company.countryText == null && maker.country() != null) {
            company.countryText = maker.country();
            company.countryField = field + ".address.country";
        }
    }

    /**
     * Resolves every company with the analyst's decisions; what still needs a decision goes to needed. A company to
     * confirm gets the country and kind it would be created with too, for the analyst who creates it.
     */
    void resolve(HbomDecisions decisions, Lookups lookups) {
        long temporary = -1;
        for (Company company : byKey.values()) {
            company.id = temporary--;
            if (company.name.length() > MAX_NAME) {
                errors.add(new FieldError(company.nameField, "is longer than " + MAX_NAME + " characters"));
            }
            HbomDecisions.OrganizationDecision decision = decisions.organization(company.key);
            if (decision != null) {
                decide(company, decision, lookups);
            } else {
                match(company, lookups.matcher().match(company.name));
            }
            if (company.match != Match.EXISTING) {
                newOrganization(company, decision, lookups.countries());
            }
            if (company.match == Match.UNCERTAIN) {
                needed.add(new FieldError(decisionField(company), "\"" + company.name + "\" resembles "
                        + describe(company.candidates) + "; use one of them (organizationId) or create a new "
                        + "organization (create)"));
            }
        }
        decisions.organizations().keySet().stream().filter(k -> !byKey.containsKey(k)).sorted().forEach(k -> errors.add(
                new FieldError("decisions.organizations[" + k + "]", "is not the key of a company of this BOM")));
    }

    private void decide(Company company, HbomDecisions.OrganizationDecision decision, Lookups lookups) {
        boolean create = Boolean.TRUE.equals(decision.create());
        if (decision.organizationId() != null && create) {
            errors.add(new FieldError(decisionField(company), "choose either organizationId or create, not both"));
            company.match = Match.UNCERTAIN;
        } else if (decision.organizationId() != null) {
            if (!lookups.exists().test(decision.organizationId())) {
                errors.add(new FieldError(decisionField(company) + ".organizationId", "organization "
                        + decision.organizationId() + " does not exist"));
            }
            company.match = Match.EXISTING;
            company.id = decision.organizationId();
        } else if (create) {
            Long same = lookups.sameName().apply(company.name);
            if (same != null) {
                errors.add(new FieldError(decisionField(company) + ".create", "an organization named \"" + company.name
                        + "\" exists already (organization " + same + "); use it with organizationId"));
            }
            company.match = Match.NEW;
        } else {
            match(company, lookups.matcher().match(company.name));
        }
    }

    private static void match(Company company, OrganizationMatcher.Match match) {
        if (match.equal().size() == 1) {
            company.match = Match.EXISTING;
            company.id = match.equal().get(0).id();
        } else if (!match.equal().isEmpty() || !match.close().isEmpty()) {
            company.match = Match.UNCERTAIN;
            List<OrganizationMatcher.Candidate> found = match.equal().isEmpty() ? match.close() : match.equal();
            company.candidates = found.stream().map(c -> new Candidate(c.id(), c.name(), c.hqCountry(),
                    c.similarity())).toList();
        } else {
            company.match = Match.NEW;
        }
    }

    private void newOrganization(Company company, HbomDecisions.OrganizationDecision decision, Countries countries) {
        company.kind = decision != null && decision.kind() != null ? decision.kind() : company.defaultKind;
        String chosen = decision == null || decision.hqCountry() == null || decision.hqCountry().isBlank() ? null
                : decision.hqCountry().strip().toUpperCase(Locale.ROOT);
        if (chosen != null) {
            company.hqCountry = countries.code(chosen);
            if (company.hqCountry == null) {
                errors.add(new FieldError(decisionField(company) + ".hqCountry", "\"" + chosen
                        + "\" is not a known country code"));
            }
            return;
        }
        company.hqCountry = company.countryText == null ? null : countries.code(company.countryText);
        if (company.countryText != null && company.hqCountry == null) {
            notes.add(new FieldError(company.countryField, "\"" + company.countryText + "\" is not a country "
                    + "Custody knows by code or name"));
        }
        if (company.hqCountry == null && company.match == Match.NEW) {
            needed.add(new FieldError(decisionField(company) + ".hqCountry", "the BOM gives no country for \""
                    + company.name + "\"; choose the country of its headquarters"));
        }
    }

    static String decisionField(Company company) {
        return decisionField(company.key);
    }

    static String decisionField(String key) {
        return "decisions.organizations[" + key + "]";
    }

    private static String describe(List<Candidate> candidates) {
        List<String> named = candidates.stream().map(c -> String.format(Locale.ROOT, "%s (organization %d, "
                + "similarity %.2f)", c.name(), c.id(), c.similarity())).toList();
        return named.size() == 1 ? "the stored " + named.get(0) : "the stored " + String.join(", ", named);
    }
}
