package dev.custody.network.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;

/**
 * Streams the organizations and supply links as CSV in the import format, ordered by id, so that an export
 * re-imports into an empty database. Text a spreadsheet would run as a formula gets a leading quote.
 */
@ApplicationScoped
public class CsvExporter {
    private static final int FETCH_SIZE = 500;

    @Inject
    EntityManager em;

    @Transactional
    public void organizations(OutputStream out) throws IOException {
        write(out, ImportTable.ORGANIZATIONS, em.createQuery("select o.name, o.kind, o.hqCountry, o.ownership, "
                + "o.parentCompany, o.parentCountry, o.description from Organization o order by o.id", Object[].class));
    }

    @Transactional
    public void supplyLinks(OutputStream out) throws IOException {
        write(out, ImportTable.SUPPLY_LINKS, em.createQuery("select b.name, s.name, l.item, l.itemKind, l.share, "
                + "l.criticality from SupplyLink l join l.buyer b join l.supplier s order by l.id", Object[].class));
    }

    private static void write(OutputStream out, ImportTable table, TypedQuery<Object[]> query) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // The byte-order mark makes Excel read the file as UTF-8; the import accepts it.
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer,
                CSVFormat.DEFAULT.builder().setHeader(table.headers().toArray(String[]::new)).get());
        try (Stream<Object[]> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream()) {
            Iterator<Object[]> iterator = rows.iterator();
            while (iterator.hasNext()) {
                printer.printRecord(Arrays.stream(iterator.next()).map(CsvExporter::cell));
            }
        }
        printer.flush();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return CsvSafety.escape(value.toString());
    }
}
