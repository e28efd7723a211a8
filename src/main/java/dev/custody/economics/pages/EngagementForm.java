package dev.custody.economics.pages;

import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.EngagementInput;
import dev.custody.economics.engagement.EstimateInput;
import dev.custody.economics.engagement.ScenarioEstimate;
import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The engagement form as posted: the engagement's fields and one row per scenario (the lists run in step; the row's
 * scenario key is a hidden field). A row left without losses is not estimated. Row errors are named FIELD.KEY.
 */
public record EngagementForm(
        @RestForm String unitsPerYear,
        @RestForm String unitPrice,
        @RestForm String annualSpend,
        @RestForm String currency,
        @RestForm String criticality,
        @RestForm String notes,
        @RestForm String version,
        @RestForm List<String> scenario,
        @RestForm List<String> lossLow,
        @RestForm List<String> lossHigh,
        @RestForm List<String> override,
        @RestForm List<String> reason) {
    static final List<String> FIELDS = List.of("unitsPerYear", "unitPrice", "annualSpend", "currency", "criticality",
            "notes");
    static final List<String> ROW_FIELDS = List.of("lossLow", "lossHigh", "override", "reason");
    private static final Pattern ESTIMATE_FIELD = Pattern.compile("estimates\\[(\\d+)]\\.(\\w+)");

    /** One scenario row as shown. */
    public record Row(String lossLow, String lossHigh, String override, String reason) {
    }

    public static EngagementForm blank() {
        return new EngagementForm("", "", "", "USD", "HIGH", "", null, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    public static EngagementForm of(Engagement e) {
        List<String> keys = new ArrayList<>();
        List<String> lows = new ArrayList<>();
        List<String> highs = new ArrayList<>();
        List<String> overrides = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (ScenarioEstimate s : e.ordered()) {
            keys.add(s.scenario.key);
            lows.add(s.lossLow.toPlainString());
            highs.add(s.lossHigh.toPlainString());
            overrides.add(s.probabilityOverride == null ? "" : s.probabilityOverride.stripTrailingZeros().toPlainString());
            reasons.add(s.overrideReason == null ? "" : s.overrideReason);
        }
        return new EngagementForm(String.valueOf(e.unitsPerYear), e.unitPrice.toPlainString(),
                e.annualSpend.toPlainString(), e.currency, e.criticality.name(), e.notes == null ? "" : e.notes,
                String.valueOf(e.version), keys, lows, highs, overrides, reasons);
    }

    /** The row of a scenario as posted or stored; blank when there is none. */
    public Row row(String key) {
        int i = scenario == null ? -1 : scenario.indexOf(key);
        return i < 0 ? new Row("", "", "", "") : new Row(at(lossLow, i), at(lossHigh, i), at(override, i), at(reason, i));
    }

    /**
     * The input for the API; fields that cannot be read are reported into errors. rows gets the scenario key of each
     * estimate sent, in order, for {@link #byRow}.
     */
    public EngagementInput toInput(Map<String, String> errors, List<String> rows) {
        List<EstimateInput> estimates = new ArrayList<>();
        for (int i = 0; scenario != null && i < scenario.size(); i++) {
            String key = scenario.get(i);
            Row row = row(key);
            if (FormNumbers.text(row.lossLow()) == null && FormNumbers.text(row.lossHigh()) == null) {
                continue;
            }
            rows.add(key);
            estimates.add(new EstimateInput(key, FormNumbers.required(row.lossLow(), "lossLow." + key, errors),
                    FormNumbers.required(row.lossHigh(), "lossHigh." + key, errors),
                    FormNumbers.optional(row.override(), "override." + key, errors), FormNumbers.text(row.reason())));
        }
        return new EngagementInput(FormNumbers.wholeNumber(unitsPerYear, "unitsPerYear", errors),
                FormNumbers.required(unitPrice, "unitPrice", errors), FormNumbers.optional(annualSpend, "annualSpend", errors),
                upper(currency), criticality(errors), FormNumbers.text(notes), estimates,
                FormNumbers.version(version, errors));
    }

    private Criticality criticality(Map<String, String> errors) {
        String value = FormNumbers.text(criticality);
        try {
            return value == null ? null : Criticality.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent("criticality", "choose one of the listed values");
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static String upper(String value) {
        String text = FormNumbers.text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** Errors by the form's names: "estimates[1].lossHigh" becomes "lossHigh.KEY" of the second row sent. */
    static Map<String, String> byRow(Map<String, String> errors, List<String> rows) {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> named.putIfAbsent(rowField(field, rows), message));
        return named;
    }

    private static String rowField(String field, List<String> rows) {
        Matcher m = ESTIMATE_FIELD.matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return field;
        }
        String name = switch (m.group(2)) {
            case "probabilityOverride" -> "override";
            case "overrideReason" -> "reason";
            case "scenario" -> "lossLow";
            default -> m.group(2);
        };
        return name + "." + rows.get(Integer.parseInt(m.group(1)));
    }
}
