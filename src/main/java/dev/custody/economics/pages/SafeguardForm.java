package dev.custody.economics.pages;

import dev.custody.economics.engagement.Safeguard;
import dev.custody.economics.engagement.SafeguardInput;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The catalogue form as posted; toInput makes the API's SafeguardInput. */
public record SafeguardForm(
        @RestForm String name,
        @RestForm String description,
        @RestForm String controlId,
        @RestForm String effectivenessLow,
        @RestForm String effectivenessExpected,
        @RestForm String effectivenessHigh,
        @RestForm String costOneTime,
        @RestForm String costAnnual,
        @RestForm String costPerUnit,
        @RestForm String currency,
        @RestForm List<String> scenarios,
        @RestForm String version) {
    static final Set<String> FIELDS = Set.of("name", "description", "controlId", "effectivenessLow",
            "effectivenessExpected", "effectivenessHigh", "costOneTime", "costAnnual", "costPerUnit", "currency",
            "scenarios");

    public static SafeguardForm blank() {
        return new SafeguardForm("", "", "", "", "", "", "0", "0", "0", "USD", List.of(), null);
    }

    public static SafeguardForm of(Safeguard s) {
        return new SafeguardForm(s.name, s.description == null ? "" : s.description, s.controlId,
                plain(s.effectivenessLow), plain(s.effectivenessExpected), plain(s.effectivenessHigh), plain(s.costOneTime),
                plain(s.costAnnual), plain(s.costPerUnit), s.currency, List.copyOf(s.scenarios), String.valueOf(s.version));
    }

    public SafeguardInput toInput(Map<String, String> errors) {
        return new SafeguardInput(FormNumbers.text(name), FormNumbers.text(description), upper(controlId),
                FormNumbers.required(effectivenessLow, "effectivenessLow", errors),
                FormNumbers.required(effectivenessExpected, "effectivenessExpected", errors),
                FormNumbers.required(effectivenessHigh, "effectivenessHigh", errors),
                FormNumbers.required(costOneTime, "costOneTime", errors),
                FormNumbers.required(costAnnual, "costAnnual", errors),
                FormNumbers.required(costPerUnit, "costPerUnit", errors), upper(currency), ticked(),
                FormNumbers.version(version, errors));
    }

    /** The keys of the ticked scenarios, to tick them again. */
    public Set<String> ticked() {
        return scenarios == null ? Set.of() : new LinkedHashSet<>(scenarios);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String upper(String value) {
        String text = FormNumbers.text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
