package dev.custody.reports.pdf;

import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.VendorDossierData;
import dev.custody.scoring.Band;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and date formatting of the PDF reports, called as ${f...} by the templates. Amounts keep their cents, so
 * the PDF agrees with the workbook and the screen; times are UTC so a re-rendered snapshot reads the same anywhere.
 */
public final class PdfFormats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A decimal format rounding half up, as spreadsheets do (70.25 shows as 70.3). */
    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** An amount with thousands separators and cents, such as 1,234,567.89; a dash when there is none. */
    public String money(Double value) {
        if (value == null) {
            return "–";
        }
        return Double.isFinite(value) ? format("#,##0.00").format(value) : "∞";
    }

    /** An amount in whole units for chart axes, such as 1,234,568. */
    public String wholeMoney(double value) {
        return format("#,##0").format(value);
    }

    /** A change with its sign, such as +1,234.00 or −56.10. */
    public String signedMoney(double value) {
        String text = money(Math.abs(value));
        return value > 0 ? "+" + text : value < 0 ? "−" + text : text;
    }

    /** A signed whole number, such as +2, −1 or 0. */
    public String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "−" + (-value) : "0";
    }

    /** A share as a percentage with one decimal, such as 12.5 %. */
    public String percent(double share) {
        return Double.isFinite(share) ? format("0.0").format(share * 100) + " %" : "∞";
    }

    /** An annual probability with four decimals (six below 0.001), such as 0.0213. */
    public String probability(double value) {
        return format(value != 0 && value < 0.001 ? "0.000000" : "0.0000").format(value);
    }

    /** A 0..100 score with one decimal. */
    public String score(Double value) {
        return value == null ? "–" : format("0.0").format(value);
    }

    /** A ratio such as ROSI with two decimals; a dash where it is undefined. */
    public String ratio(Double value) {
        return value == null || !Double.isFinite(value) ? "–" : format("0.00").format(value);
    }

    /** A plain number without needless zeros, such as 0.35 or 24. */
    public String number(double value) {
        return format("0.######").format(value);
    }

    public String time(Instant at) {
        return at == null ? "–" : TIME.format(at);
    }

    public String date(Instant at) {
        return at == null ? "–" : DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    public String date(LocalDate day) {
        return day == null ? "–" : day.toString();
    }

    /** A band as a word with a capital, such as Critical. */
    public String band(Band band) {
        if (band == null) {
            return "–";
        }
        String name = band.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The CSS class of a band, such as band-critical. */
    public String bandClass(Band band) {
        return band == null ? "band-none" : "band-" + band.name().toLowerCase(Locale.ROOT);
    }

    /** The band of a report row, as a word ("band" is an operator in template expressions, so rows come whole). */
    public String bandOf(Object row) {
        return band(bandIn(row));
    }

    /** The CSS class of a report row's band. */
    public String bandClassOf(Object row) {
        return bandClass(bandIn(row));
    }

    static Band bandIn(Object row) {
        if (row instanceof ExecutiveReportData.BandCount count) {
            return count.band();
        }
        if (row instanceof ExecutiveReportData.TopVendor vendor) {
            return vendor.band();
        }
        if (row instanceof ExecutiveReportData.VendorLine vendor) {
            return vendor.band();
        }
        if (row instanceof VendorDossierData.ScorePoint point) {
            return point.band();
        }
        if (row instanceof VendorDossierData.Scores scores) {
            return scores.band();
        }
        return row instanceof Band band ? band : null;
    }

    /** A code such as REVIEW_VENDOR or state_owned in words: Review vendor, State owned. */
    public String words(String code) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        String text = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
