package dev.custody.hbom;

import dev.custody.hbom.HbomReport.Candidate;
import dev.custody.hbom.HbomReport.Match;
import dev.custody.network.Criticality;
import dev.custody.network.OrganizationKind;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The preview page's form: one row per company (org.N.key, org.N.choice = create or an organization id,
 * org.N.country, org.N.kind) and per link (link.N.key, link.N.share, link.N.criticality), read into decisions
 * and shown again with what was typed and the message beside each field.
 */
final class HbomForm {
    static final String CREATE = "create";

    /** A company as the page shows it; choice, country and kind as posted, or the preview's. */
    record CompanyRow(int index, String key, String name, Match match, Long organizationId, List<Candidate> candidates,
            int places, String choice, String country, String kind, String error, String countryError) {

        /** The candidates' names, for the hint beside a company to confirm. */
        public String resembles() {
            return String.join(", ", candidates.stream().map(Candidate::name).toList());
        }
    }

    /** A link as the page shows it; share and criticality as posted, or the preview's defaults. */
    record LinkRow(int index, String key, String component, String buyer, String supplier, String item,
            String itemKind, String share, String criticality, boolean recorded, String error, String shareError) {
    }

    private HbomForm() {
    }

    static HbomDecisions decisions(MultivaluedMap<String, String> form, Map<String, String> errors) {
        Map<String, HbomDecisions.OrganizationDecision> organizations = new HashMap<>();
        for (int i = 0; form.containsKey("org." + i + ".key"); i++) {
            String key = form.getFirst("org." + i + ".key");
            String choice = text(form.getFirst("org." + i + ".choice"));
            if (CREATE.equals(choice)) {
                organizations.put(key, new HbomDecisions.OrganizationDecision(null, true,
                        text(form.getFirst("org." + i + ".country")), kind(form.getFirst("org." + i + ".kind"))));
            } else if (choice != null) {
                try {
                    organizations.put(key, new HbomDecisions.OrganizationDecision(Long.valueOf(choice), null, null, null));
                } catch (NumberFormatException e) {
                    errors.put(HbomCompanies.decisionField(key), "choose one of the listed organizations");
                }
            }
        }
        Map<String, HbomDecisions.LinkDecision> links = new HashMap<>();
        for (int i = 0; form.containsKey("link." + i + ".key"); i++) {
            String key = form.getFirst("link." + i + ".key");
            links.put(key, new HbomDecisions.LinkDecision(share(form.getFirst("link." + i + ".share"), key, errors),
                    criticality(form.getFirst("link." + i + ".criticality"))));
        }
        return new HbomDecisions(organizations, links);
    }

    static List<CompanyRow> rows(HbomReport report, MultivaluedMap<String, String> form, Map<String, String> errors) {
        List<CompanyRow> rows = new ArrayList<>();
        for (HbomReport.OrganizationRow o : report.organizations()) {
            int i = rows.size();
            String field = HbomCompanies.decisionField(o.key());
            String choice = posted(form, "org." + i + ".choice", o.match() == Match.NEW ? CREATE : "");
            rows.add(new CompanyRow(i, o.key(), o.name(), o.match(), o.organizationId(), o.candidates(),
                    o.components().size(), choice, posted(form, "org." + i + ".country", o.hqCountry()),
                    posted(form, "org." + i + ".kind", o.kind() == null ? OrganizationKind.COMPONENT_SUPPLIER.name()
                            : o.kind().name()), errors.get(field), errors.get(field + ".hqCountry")));
        }
        return rows;
    }

    static List<LinkRow> links(HbomReport report, MultivaluedMap<String, String> form, Map<String, String> errors) {
        List<LinkRow> rows = new ArrayList<>();
        for (HbomReport.LinkRow l : report.links()) {
            int i = rows.size();
            String field = "decisions.links[" + l.key() + "]";
            String error = errors.containsKey(l.key()) ? errors.get(l.key()) : errors.get(field);
            rows.add(new LinkRow(i, l.key(), l.component(), l.buyer(), l.supplier(), l.item(), l.itemKind().name(),
                    posted(form, "link." + i + ".share", l.share().stripTrailingZeros().toPlainString()),
                    posted(form, "link." + i + ".criticality", l.criticality().name()),
                    l.status() == HbomReport.LinkStatus.EXISTING, error, errors.get(field + ".share")));
        }
        return rows;
    }

    private static String posted(MultivaluedMap<String, String> form, String name, String otherwise) {
        return form.containsKey(name) ? form.getFirst(name) : otherwise;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static OrganizationKind kind(String value) {
        String text = text(value);
        try {
            return text == null ? null : OrganizationKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Criticality criticality(String value) {
        String text = text(value);
        try {
            return text == null ? null : Criticality.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal share(String value, String key, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text)
                    .movePointLeft(text.endsWith("%") ? 2 : 0);
        } catch (NumberFormatException e) {
            errors.put("decisions.links[" + key + "].share", String.format(Locale.ROOT,
                    "\"%s\" is not a number; write a share such as 0.6 or 60%%", text));
            return null;
        }
    }
}
