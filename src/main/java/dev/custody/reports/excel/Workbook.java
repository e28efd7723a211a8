package dev.custody.reports.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook (SXSSF: a window of rows in memory, the rest flushed to a temporary file) with one set of
 * cell styles, writing tables whose text cells can never run as formulas.
 */
public final class Workbook implements AutoCloseable {
    /** How a column's values are formatted. */
    public enum Format {
        TEXT(null), INTEGER("#,##0"), SCORE("0.0"), MONEY("#,##0.00"), PERCENT("0.00%"), PROBABILITY("0.000%"),
        DECIMAL("0.0000");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    private static final int WINDOW = 200;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<Format, CellStyle> styles = new EnumMap<>(Format.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle quoted;

    public Workbook(Instant created) {
        workbook.setCompressTempFiles(true);
        for (Format f : Format.values()) {
            CellStyle style = workbook.createCellStyle();
            if (f.pattern != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(f.pattern));
            }
            styles.put(f, style);
        }
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        title = workbook.createCellStyle();
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title.setFont(large);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        if (created != null) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(Date.from(created)));
        }
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Custody");
    }

    /** A new sheet with a table: header row, frozen, with an autofilter over the rows written. */
    public Table table(String sheetName, List<Column> columns) {
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        return new Table(this, sheet, columns, 0);
    }

    /** A new sheet written cell by cell (Summary, Methodology). */
    public SXSSFSheet sheet(String name) {
        return workbook.createSheet(name);
    }

    CellStyle style(Format format) {
        return styles.get(format);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle quoted() {
        return quoted;
    }

    SXSSFWorkbook poi() {
        return workbook;
    }

    /** The finished file. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbook.dispose();
    }

    /** One column of a table: its header and format. */
    public record Column(String name, Format format, int width) {
        public Column(String name, Format format) {
            this(name, format, format == Format.TEXT ? 28 : 14);
        }
    }
}
