package dev.custody.network.transfer;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two tables of the import and export format: sheet name and columns, in the order they are written. */
public enum ImportTable {
    ORGANIZATIONS("Organizations", List.of(
            ImportColumn.required("name", "Unique name of the company (at most 200 characters); must not exist in Custody yet"),
            ImportColumn.choice("kind", OrganizationKind.class, "What the company does in the supply network"),
            ImportColumn.required("hq_country", "Two-letter ISO 3166 code of the headquarters country, such as TW"),
            ImportColumn.choice("ownership", Ownership.class, "Who owns it; FOREIGN_OWNED needs parent_company and parent_country"),
            ImportColumn.optional("parent_company", "Name of the parent company (at most 200 characters)"),
            ImportColumn.optional("parent_country", "Two-letter ISO 3166 code of the parent company's country"),
            ImportColumn.optional("description", "Free text (at most 2000 characters)"))),
    SUPPLY_LINKS("Supply links", List.of(
            ImportColumn.required("buyer", "Name of the buying organization: in Custody already or in the Organizations sheet"),
            ImportColumn.required("supplier", "Name of the supplying organization: in Custody already or in the Organizations sheet"),
            ImportColumn.required("item", "What is supplied (at most 200 characters), such as Main board assembly"),
            ImportColumn.choice("item_kind", ItemKind.class, "What kind of item it is"),
            ImportColumn.required("share", "Share of that item the supplier provides, 0 to 1 with at most 4 decimals (60% is allowed)"),
            ImportColumn.choice("criticality", Criticality.class, "How much the item matters; board assembly and firmware are CRITICAL")));

    private final String sheet;
    private final List<ImportColumn> columns;

    ImportTable(String sheet, List<ImportColumn> columns) {
        this.sheet = sheet;
        this.columns = columns;
    }

    public String sheet() {
        return sheet;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(ImportColumn::name).toList();
    }

    public Optional<ImportColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Position of a column, so that a row's errors are listed left to right. */
    public int indexOf(String name) {
        return headers().indexOf(name);
    }

    /** "HQ Country", "hq-country" and "hq_country" all name the column hq_country. */
    static String normalize(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
