package dev.custody.hbom;

import dev.custody.gating.PartyIndex;
import dev.custody.hbom.HbomCompanies.Company;
import dev.custody.hbom.HbomLinks.Link;
import dev.custody.hbom.HbomReport.LinkRow;
import dev.custody.hbom.HbomReport.Match;
import dev.custody.hbom.HbomReport.OrganizationRow;
import dev.custody.hbom.HbomReport.Screened;
import dev.custody.network.Organization;
import dev.custody.web.FieldError;
import java.util.List;
import java.util.Locale;

/** Builds the report of a planned or finished HBOM import from the planner's companies and links. */
final class HbomReports {
    private HbomReports() {
    }

    static HbomReport of(Organization target, HbomFileReader.Document document, String fileName, int components,
            boolean dryRun, HbomCompanies companies, List<Link> links, List<Screened> screened, List<FieldError> notes,
            List<FieldError> needed) {
        List<OrganizationRow> organizations = companies.all().stream().map(HbomReports::row).toList();
        List<LinkRow> rows = links.stream().map(l -> new LinkRow(l.key, l.component, l.buyer.name, l.supplier.name,
                l.item, l.itemKind, l.share, l.criticality, l.status)).toList();
        return new HbomReport(target.id, target.name, fileName, document.format(), document.specVersion(),
                product(document), components, dryRun, organizations, rows, screened, List.copyOf(notes),
                List.copyOf(needed), 0, 0);
    }

    private static String product(HbomFileReader.Document document) {
        var metadata = document.bom().getMetadata();
        return metadata == null || metadata.getComponent() == null ? null : metadata.getComponent().getName();
    }

    private static OrganizationRow row(Company c) {
        boolean stored = c.match == Match.EXISTING;
        return new OrganizationRow(c.key, c.name, c.match, stored ? c.id : null, stored ? null : c.hqCountry,
                stored ? null : c.kind, c.candidates, List.copyOf(c.fields));
    }

    /** A restricted-party finding in words: the gate bars on an exact match and asks an approver on a close one. */
    static Screened screened(Company company, PartyIndex.Hit hit, boolean exact, double threshold) {
        String who = company.name + (company.match == Match.NEW ? " (new)" : "");
        String text = exact
                ? String.format(Locale.ROOT, "%s is %s, listed under %s: a purchase from a vendor with it in the "
                        + "tier tree is rejected.", who, hit.party().name(), hit.party().listName())
                : String.format(Locale.ROOT, "%s resembles %s, listed under %s (\"%s\", similarity %.2f, "
                        + "adjudication from %.2f): an approver must decide whether they are the same party.", who,
                        hit.party().name(), hit.party().listName(), hit.matchedName(), hit.similarity(), threshold);
        return new Screened(company.name, exact, hit.party().name(), hit.party().listName(), hit.matchedName(),
                hit.similarity(), text);
    }

    /** The report of a finished import: what was created. */
    static HbomReport done(HbomReport planned, List<OrganizationRow> organizations, int created, int linked) {
        return new HbomReport(planned.organizationId(), planned.organizationName(), planned.fileName(),
                planned.format(), planned.specVersion(), planned.product(), planned.components(), false, organizations,
                planned.links(), planned.restrictedParties(), planned.notes(), planned.decisionsNeeded(), created,
                linked);
    }
}
