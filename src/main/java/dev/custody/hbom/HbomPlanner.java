package dev.custody.hbom;

import dev.custody.gating.PartyIndex;
import dev.custody.gating.Screening;
import dev.custody.gating.screening.ScreeningService;
import dev.custody.hbom.HbomCompanies.Company;
import dev.custody.hbom.HbomLinks.Link;
import dev.custody.hbom.HbomReport.LinkStatus;
import dev.custody.hbom.HbomReport.Match;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationRepository;
import dev.custody.network.Ownership;
import dev.custody.network.SupplyLinkInput;
import dev.custody.network.transfer.ImportGraph;
import dev.custody.network.transfer.ImportPlan;
import dev.custody.network.transfer.ImportPlan.PlannedLink;
import dev.custody.network.transfer.ImportPlan.PlannedOrganization;
import dev.custody.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pass 1 of an HBOM import: turns the BOM's parts into organizations and supply links against the stored network
 * (matches, links already recorded, cycles, restricted parties) and writes nothing.
 */
@ApplicationScoped
public class HbomPlanner {
    private static final int QUERY_CHUNK = 500;

    @Inject
    EntityManager em;
    @Inject
    HbomConfig config;
    @Inject
    OrganizationRepository organizations;
    @Inject
    ScreeningService screening;

    /**
     * The report, the plan to write (organizations and links to create, in that order) and every error; rowFields
     * name the place in the BOM of each planned organization and link, for errors found while writing.
     */
    record Outcome(HbomReport report, ImportPlan plan, List<FieldError> errors, List<String> organizationFields,
            List<String> linkFields) {
    }

    Outcome plan(Organization target, HbomFileReader.Document document, String fileName, HbomDecisions decisions,
            boolean dryRun) {
        HbomParts.Read read = HbomParts.of(document.bom());
        List<FieldError> errors = new ArrayList<>(read.problems());
        List<FieldError> needed = new ArrayList<>();
        List<FieldError> notes = new ArrayList<>();
        HbomCompanies companies = new HbomCompanies(target.id, target.name, errors, needed, notes);
        companies.collect(read.parts());
        companies.resolve(decisions, lookups());
        HbomLinks links = new HbomLinks(errors, notes);
        links.derive(read.parts(), companies);
        links.apply(decisions);
        markRecorded(links.all());
        checkCycles(links.all(), companies, errors);
        noteProductMaker(read, companies, notes);
        if (!dryRun) {
            errors.addAll(needed);
        }
        HbomReport report = HbomReports.of(target, document, fileName, read.parts().size(), dryRun, companies,
                links.all(), screen(companies), notes, needed);
        List<String> organizationFields = new ArrayList<>();
        List<String> linkFields = new ArrayList<>();
        ImportPlan plan = importPlan(target, read.product(), companies, links.all(), organizationFields, linkFields);
        return new Outcome(report, plan, HbomFileReader.capped(errors), organizationFields, linkFields);
    }

    private HbomCompanies.Lookups lookups() {
        List<Object[]> stored = em.createQuery("select o.id, o.name, o.hqCountry from Organization o", Object[].class)
                .getResultList();
        List<Object[]> countries = em.createQuery("select c.iso2, c.name from Country c", Object[].class).getResultList();
        return new HbomCompanies.Lookups(OrganizationMatcher.of(stored, config.matchThreshold()),
                new Countries(countries), id -> organizations.findByIdOptional(id).isPresent(),
                name -> organizations.findByNameIgnoreCase(name).map(o -> o.id).orElse(null));
    }

    /** Links whose two ends are stored and that are recorded already, item for item: left as they are. */
    private void markRecorded(List<Link> links) {
        Set<Long> buyers = new HashSet<>();
        links.stream().filter(l -> l.buyer.id > 0 && l.supplier.id > 0).forEach(l -> buyers.add(l.buyer.id));
        Set<String> recorded = new HashSet<>();
        List<Long> ids = new ArrayList<>(buyers);
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            em.createQuery("select l.buyer.id, l.supplier.id, lower(l.item) from SupplyLink l where l.buyer.id in :ids",
                    Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)))
                    .getResultList().forEach(r -> recorded.add(r[0] + ">" + r[1] + ":" + r[2]));
        }
        for (Link link : links) {
            if (recorded.contains(link.buyer.id + ">" + link.supplier.id + ":" + link.item.toLowerCase(Locale.ROOT))) {
                link.status = LinkStatus.EXISTING;
            }
        }
    }

    /** The stored network plus the new links, in BOM order: the first link that would close a cycle is an error. */
    private void checkCycles(List<Link> links, HbomCompanies companies, List<FieldError> errors) {
        ImportGraph graph = new ImportGraph(organizations::supplierIds);
        Map<Long, String> names = new HashMap<>();
        companies.all().forEach(c -> names.put(c.id, c.name));
        names.put(companies.target().id, companies.target().name);
        for (Link link : links) {
            if (link.status != LinkStatus.NEW) {
                continue;
            }
            graph.cycleClosedBy(link.buyer.id, link.supplier.id).ifPresentOrElse(cycle -> errors.add(new FieldError(
                    link.key, "would close a cycle in the supply network: " + cycle.stream()
                            .map(id -> names.computeIfAbsent(id, k -> organizations.findById(k).name))
                            .collect(Collectors.joining(" → ")) + "; a supplier cannot, directly or through its own "
                            + "suppliers, supply one of its buyers")), () -> graph.add(link.buyer.id, link.supplier.id));
        }
    }

    private static void noteProductMaker(HbomParts.Read read, HbomCompanies companies, List<FieldError> notes) {
        if (read.productMaker() != null
                && !OrganizationMatcher.key(read.productMaker().name()).equals(companies.target().key)) {
            notes.add(new FieldError("metadata", "The BOM names " + read.productMaker().name() + " as the maker of "
                    + (read.product() == null ? "the product" : read.product()) + "; its parts are imported as "
                    + companies.target().name + "'s suppliers, as asked."));
        }
    }

    /** Every company of the BOM screened like a purchase request screens its tier tree. */
    private List<HbomReport.Screened> screen(HbomCompanies companies) {
        Screening lists = screening.screening();
        List<HbomReport.Screened> found = new ArrayList<>();
        for (Company company : companies.all()) {
            PartyIndex.Hit hit = lists.exact(company.name);
            if (hit != null) {
                found.add(HbomReports.screened(company, hit, true, lists.threshold()));
            } else {
                lists.close(company.name).forEach(h -> found.add(HbomReports.screened(company, h, false,
                        lists.threshold())));
            }
        }
        return found;
    }

    private static ImportPlan importPlan(Organization target, String product, HbomCompanies companies,
            List<Link> links, List<String> organizationFields, List<String> linkFields) {
        Set<Company> used = new HashSet<>();
        List<PlannedLink> plannedLinks = new ArrayList<>();
        for (Link link : links) {
            if (link.status == LinkStatus.NEW) {
                used.add(link.buyer);
                used.add(link.supplier);
                plannedLinks.add(new PlannedLink(linkFields.size(), new SupplyLinkInput(link.buyer.id,
                        link.supplier.id, link.item, link.itemKind, link.share, link.criticality, null)));
                linkFields.add(link.key);
            }
        }
        List<PlannedOrganization> plannedOrganizations = new ArrayList<>();
        String of = product == null || product.isBlank() ? "a product"
                : product.substring(0, Math.min(product.length(), HbomCompanies.MAX_NAME));
        String description = "Added from the CycloneDX hardware BOM of " + of
                + " imported into the supply network of " + target.name + ".";
        for (Company company : companies.all()) {
            if (company.match == Match.NEW && used.contains(company)) {
                plannedOrganizations.add(new PlannedOrganization(organizationFields.size(), company.id,
                        new OrganizationInput(company.name, company.kind, company.hqCountry, Ownership.PRIVATE, null,
                                null, description, null)));
                organizationFields.add(company.nameField);
            }
        }
        return new ImportPlan(plannedOrganizations, plannedLinks);
    }
}
