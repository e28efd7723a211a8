package dev.custody.gating;

import dev.custody.network.Criticality;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The purchase request form as posted; toInput makes the API's input, reporting unreadable fields into errors. */
public record PurchaseRequestForm(
        @RestForm String vendorId,
        @RestForm String item,
        @RestForm String quantity,
        @RestForm String unitPrice,
        @RestForm String currency,
        @RestForm String criticality,
        @RestForm String needBy) {

    static final String REQUIRED = "must not be blank";

    public static PurchaseRequestForm blank(Long vendorId) {
        return new PurchaseRequestForm(vendorId == null ? "" : vendorId.toString(), "", "", "", "USD", "", "");
    }

    public PurchaseRequestInput toInput(Map<String, String> errors) {
        return new PurchaseRequestInput(read("vendorId", vendorId, Long::valueOf, errors), text(item),
                read("quantity", quantity, Integer::valueOf, errors), read("unitPrice", unitPrice, BigDecimal::new, errors),
                text(currency) == null ? null : currency.strip().toUpperCase(Locale.ROOT),
                read("criticality", criticality, Criticality::valueOf, errors), date(errors));
    }

    private LocalDate date(Map<String, String> errors) {
        if (text(needBy) == null) {
            return null;
        }
        try {
            return LocalDate.parse(needBy.strip());
        } catch (DateTimeParseException e) {
            errors.put("needBy", "must be a date such as 2026-06-30");
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A required value; blank leaves it to Bean Validation (must not be null), unreadable is reported here. */
    private static <T> T read(String field, String value, java.util.function.Function<String, T> parse,
            Map<String, String> errors) {
        if (text(value) == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "cannot be read: " + value.strip());
            return null;
        }
    }
}
