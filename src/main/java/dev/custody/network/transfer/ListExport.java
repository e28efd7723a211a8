package dev.custody.network.transfer;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.ListParams;
import dev.custody.reference.Country;
import dev.custody.scoring.CurrentScore;
import dev.custody.scoring.ScoredOrganizations;
import dev.custody.web.InvalidInputException;
import dev.custody.web.ListQuery;
import dev.custody.web.MessagesResolver;
import dev.custody.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The vendor and network lists as the page shows them (same filters and order, every page of them) in a CSV or
 * xlsx file: labels in words, scores as numbers, dates as dates; text a spreadsheet would run as a formula is
 * quoted, as in the import exports (CsvSafety).
 */
@ApplicationScoped
public class ListExport {
    /** An export holds at most this many rows; a longer list is refused with a request to narrow the filters. */
    public static final int MAX_ROWS = 10_000;
    private static final int PAGE = 500;
    private static final List<String> HEADERS = List.of("Name", "Kind", "HQ country", "Tier", "Own score",
            "Inherited score", "Risk band", "Updated (UTC)");
    private static final MessagesResolver MESSAGES = new MessagesResolver("messages");

    /** One row of the export, in the words and numbers of the list page. */
    record Line(String name, String kind, String country, Integer tier, BigDecimal own, BigDecimal inherited,
            String band, Instant updated) {
    }

    @Inject
    ScoredOrganizations scored;

    /** The rows of the list these parameters describe (the vendor list when fixedKind is VENDOR). */
    public List<Line> lines(ListParams params, OrganizationKind fixedKind) {
        var filter = params.filter(fixedKind);
        var band = params.bandFilter();
        String sort = params.query().sort();
        Map<String, String> countries = countryNames();
        List<Line> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<ScoredOrganizations.Row> result = scored.list(filter, band, new ListQuery(page, PAGE, sort));
            if (result.total() > MAX_ROWS) {
                throw new InvalidInputException("q", "the list holds " + result.total() + " organizations, more than the "
                        + MAX_ROWS + " an export takes; narrow it with the filters");
            }
            result.items().forEach(row -> lines.add(line(row, countries)));
            if (page + 1 >= result.pages()) {
                return lines;
            }
        }
    }

    public byte[] csv(List<Line> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // The byte-order mark makes Excel read the file as UTF-8.
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.DEFAULT.builder().setHeader(HEADERS.toArray(String[]::new)).get());
            for (Line l : lines) {
                printer.printRecord(CsvSafety.escape(l.name()), l.kind(), CsvSafety.escape(l.country()),
                        l.tier() == null ? "" : l.tier(), plain(l.own()), plain(l.inherited()), l.band(),
                        l.updated() == null ? "" : l.updated().atZone(ZoneOffset.UTC).toLocalDate().toString());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(List<Line> lines, String sheetName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle score = wb.createCellStyle();
            score.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Line l : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, l.name(), quoted);
                text(row, 1, l.kind(), quoted);
                text(row, 2, l.country(), quoted);
                if (l.tier() != null) {
                    row.createCell(3).setCellValue(l.tier());
                }
                number(row, 4, l.own(), score);
                number(row, 5, l.inherited(), score);
                text(row, 6, l.band(), quoted);
                if (l.updated() != null) {
                    Cell cell = row.createCell(7);
                    cell.setCellValue(l.updated().atZone(ZoneOffset.UTC).toLocalDate());
                    cell.setCellStyle(day);
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {40, 24, 28, 6, 11, 15, 11, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle quoted) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (CsvSafety.risky(value)) {
            cell.setCellStyle(quoted);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static Line line(ScoredOrganizations.Row row, Map<String, String> countries) {
        Organization o = row.organization();
        CurrentScore s = row.score();
        String country = o.hqCountry == null ? null : countries.containsKey(o.hqCountry)
                ? countries.get(o.hqCountry) + " (" + o.hqCountry + ")" : o.hqCountry;
        return new Line(o.name, label("org.kind." + o.kind), country, o.tier, s == null ? null : oneDecimal(s.ownScore),
                s == null ? null : oneDecimal(s.inherited), row.riskBand() == null ? null
                : label("score.band." + row.riskBand()), o.updatedAt);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        Country.<Country>listAll().forEach(c -> names.put(c.iso2, c.name));
        return names;
    }

    private static String label(String key) {
        String text = MESSAGES.resolveMessage(null, null, key, null);
        return text == null ? key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace('_', ' ') : text;
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
