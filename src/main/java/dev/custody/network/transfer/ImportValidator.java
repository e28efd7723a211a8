package dev.custody.network.transfer;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.Names;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationRepository;
import dev.custody.network.Ownership;
import dev.custody.network.SupplyLink;
import dev.custody.network.SupplyLinkInput;
import dev.custody.network.transfer.ImportPlan.PlannedLink;
import dev.custody.network.transfer.ImportPlan.PlannedOrganization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Pass 1 of an import: checks every row against the rules and the database, and writes nothing. */
@ApplicationScoped
public class ImportValidator {
    private static final Map<String, String> ORGANIZATION_COLUMNS = Map.of("name", "name", "kind", "kind",
            "hqCountry", "hq_country", "ownership", "ownership", "parentCompany", "parent_company",
            "parentCountry", "parent_country", "description", "description");
    private static final Map<String, String> LINK_COLUMNS = Map.of("buyerId", "buyer", "supplierId", "supplier",
            "item", "item", "itemKind", "item_kind", "share", "share", "criticality", "criticality");
    private static final int QUERY_CHUNK = 500;

    @Inject
    Validator validator;
    @Inject
    OrganizationRepository organizations;
    @Inject
    EntityManager em;

    /** The plan when errors is empty; otherwise every error found, in sheet and row order. */
    record Outcome(ImportPlan plan, List<ImportError> errors) {
    }

    Outcome validate(ImportFile file) {
        Set<String> countries = new HashSet<>(em.createQuery("select c.iso2 from Country c", String.class).getResultList());
        KnownOrganizations known = stored(file);
        List<ImportError> errors = new ArrayList<>();
        List<PlannedOrganization> newOrganizations = organizations(file.organizations(), countries, known, errors);
        List<PlannedLink> newLinks = links(file.links(), known, errors);
        return new Outcome(new ImportPlan(newOrganizations, newLinks), errors);
    }

    private List<PlannedOrganization> organizations(List<RawRow> rows, Set<String> countries, KnownOrganizations known,
            List<ImportError> errors) {
        List<PlannedOrganization> planned = new ArrayList<>();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        long temporaryId = -1;
        for (RawRow raw : rows) {
            RowCheck row = new RowCheck(ImportTable.ORGANIZATIONS, raw);
            OrganizationInput input = new OrganizationInput(row.text("name"), row.choice("kind", OrganizationKind.class),
                    row.code("hq_country"), row.choice("ownership", Ownership.class), row.text("parent_company"),
                    row.code("parent_country"), row.text("description"), null);
            row.violations(validator.validate(input), ORGANIZATION_COLUMNS);
            checkCountries(row, input, countries);
            checkOwnership(row, input);
            row.check(!Names.hasBidiControl(input.name()), "name", Names.BIDI_REFUSAL);
            row.check(!Names.hasBidiControl(input.parentCompany()), "parent_company", Names.BIDI_REFUSAL);
            if (input.name() != null) {
                row.check(!Names.clean(input.name()).isEmpty(), "name", "must not be blank");
                Integer earlier = firstRowOfName.putIfAbsent(KnownOrganizations.key(input.name()), raw.number());
                row.check(earlier == null, "name", "repeats the name of row " + earlier);
                Long stored = known.storedId(input.name());
                row.check(stored == null, "name", "already exists in Custody (organization " + stored
                        + "); the import only creates new organizations");
                known.addFromFile(temporaryId, input.name());
            }
            errors.addAll(row.errors());
            planned.add(new PlannedOrganization(raw.number(), temporaryId--, input));
        }
        return planned;
    }

    private static void checkCountries(RowCheck row, OrganizationInput input, Set<String> countries) {
        if (row.ok("hq_country") && input.hqCountry() != null) {
            row.check(countries.contains(input.hqCountry()), "hq_country", "\"" + input.hqCountry() + "\" is not a known country code");
        }
        if (row.ok("parent_country") && input.parentCountry() != null) {
            row.check(countries.contains(input.parentCountry()), "parent_country",
                    "\"" + input.parentCountry() + "\" is not a known country code");
        }
    }

    /** The ownership rule of OrganizationInput, reported against the file's column names. */
    private static void checkOwnership(RowCheck row, OrganizationInput input) {
        input.ownershipErrors().forEach(e -> row.check(false, e.field().equals("parentCompany") ? "parent_company"
                : "parent_country", e.message()));
    }

    private List<PlannedLink> links(List<RawRow> rows, KnownOrganizations known, List<ImportError> errors) {
        List<PlannedLink> planned = new ArrayList<>();
        ImportGraph graph = new ImportGraph(organizations::supplierIds);
        Map<String, Integer> firstRowOfLink = new HashMap<>();
        for (RawRow raw : rows) {
            RowCheck row = new RowCheck(ImportTable.SUPPLY_LINKS, raw);
            Long buyer = resolve(row, "buyer", known);
            Long supplier = resolve(row, "supplier", known);
            row.check(buyer == null || !buyer.equals(supplier), "supplier", "must differ from the buyer");
            SupplyLinkInput input = new SupplyLinkInput(buyer, supplier, row.text("item"),
                    row.choice("item_kind", ItemKind.class), row.decimal("share"),
                    row.choice("criticality", Criticality.class), null);
            row.violations(validator.validate(input), LINK_COLUMNS);
            if (row.ok("buyer") && row.ok("supplier")) {
                checkDuplicate(row, input, firstRowOfLink);
                checkCycle(row, input, graph, known);
            }
            errors.addAll(row.errors());
            planned.add(new PlannedLink(raw.number(), input));
        }
        return planned;
    }

    private static Long resolve(RowCheck row, String column, KnownOrganizations known) {
        String name = row.text(column);
        if (name == null) {
            return null;
        }
        Long id = known.resolve(name);
        row.check(id != null, column, "\"" + name + "\" is neither an organization in Custody nor one in the "
                + "Organizations sheet of this file");
        return id;
    }

    private static void checkDuplicate(RowCheck row, SupplyLinkInput input, Map<String, Integer> firstRowOfLink) {
        if (input.item() == null) {
            return;
        }
        String item = KnownOrganizations.key(input.item());
        Integer earlier = firstRowOfLink.putIfAbsent(input.buyerId() + ">" + input.supplierId() + ":" + item, row.number());
        row.check(earlier == null, "item", "repeats the link of row " + earlier);
        if (earlier == null && input.buyerId() > 0 && input.supplierId() > 0) {
            long stored = SupplyLink.count("buyer.id = ?1 and supplier.id = ?2 and lower(item) = ?3",
                    input.buyerId(), input.supplierId(), item);
            row.check(stored == 0, "item", "this buyer already has a link to this supplier for " + input.item().trim());
        }
    }

    private void checkCycle(RowCheck row, SupplyLinkInput input, ImportGraph graph, KnownOrganizations known) {
        graph.cycleClosedBy(input.buyerId(), input.supplierId()).ifPresentOrElse(cycle -> {
            String names = cycle.stream().map(id -> name(id, known)).collect(Collectors.joining(" → "));
            row.error("supplier", "would close a cycle in the supply network: " + names
                    + "; a supplier cannot, directly or through its own suppliers, supply one of its buyers");
        }, () -> graph.add(input.buyerId(), input.supplierId()));
    }

    private String name(long id, KnownOrganizations known) {
        String name = known.name(id);
        return name != null ? name : organizations.findById(id).name;
    }

    /** One query per few hundred names: every name the file uses that is already stored. */
    private KnownOrganizations stored(ImportFile file) {
        Set<String> keys = new HashSet<>();
        file.organizations().forEach(row -> addKey(keys, row.value("name")));
        file.links().forEach(row -> {
            addKey(keys, row.value("buyer"));
            addKey(keys, row.value("supplier"));
        });
        KnownOrganizations known = new KnownOrganizations();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            em.createQuery("select o.id, o.name from Organization o where o.nameKey in :names", Object[].class)
                    .setParameter("names", all.subList(from, Math.min(all.size(), from + QUERY_CHUNK)))
                    .getResultList().forEach(found -> known.addStored((Long) found[0], (String) found[1]));
        }
        return known;
    }

    private static void addKey(Set<String> keys, String name) {
        if (name != null) {
            keys.add(KnownOrganizations.key(name));
        }
    }
}
