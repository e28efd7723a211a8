package dev.custody.economics.pages;

import dev.custody.economics.engagement.EstimateRequest;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The quick estimate form (a GET form): one scenario, chosen catalogue items and at most one ad-hoc safeguard. */
public record EstimateForm(
        @QueryParam("probability") String probability,
        @QueryParam("lossLow") String lossLow,
        @QueryParam("lossHigh") String lossHigh,
        @QueryParam("unitsPerYear") String unitsPerYear,
        @QueryParam("unitPrice") String unitPrice,
        @QueryParam("safeguardIds") List<Long> safeguardIds,
        @QueryParam("adHocLow") String adHocLow,
        @QueryParam("adHocExpected") String adHocExpected,
        @QueryParam("adHocHigh") String adHocHigh,
        @QueryParam("adHocAnnual") String adHocAnnual,
        @QueryParam("adHocPerUnit") String adHocPerUnit) {

    /** Whether the form was sent (the page opens empty). */
    public boolean submitted() {
        return probability != null;
    }

    public boolean chosen(Long id) {
        return safeguardIds != null && safeguardIds.contains(id);
    }

    public String value(String text) {
        return text == null ? "" : text;
    }

    public EstimateRequest toRequest(Map<String, String> errors) {
        List<EstimateRequest.AdHocSafeguard> adHoc = new ArrayList<>();
        if (FormNumbers.text(adHocExpected) != null) {
            BigDecimal expected = FormNumbers.required(adHocExpected, "safeguards[0].effectivenessExpected", errors);
            adHoc.add(new EstimateRequest.AdHocSafeguard("Ad-hoc safeguard",
                    orElse(FormNumbers.optional(adHocLow, "safeguards[0].effectivenessLow", errors), expected),
                    number(expected),
                    orElse(FormNumbers.optional(adHocHigh, "safeguards[0].effectivenessHigh", errors), expected),
                    null, number(FormNumbers.optional(adHocAnnual, "safeguards[0].costAnnual", errors)),
                    number(FormNumbers.optional(adHocPerUnit, "safeguards[0].costPerUnit", errors))));
        }
        BigDecimal units = FormNumbers.optional(unitsPerYear, "unitsPerYear", errors);
        return new EstimateRequest(number(FormNumbers.required(probability, "probability", errors)),
                number(FormNumbers.required(lossLow, "lossLow", errors)),
                number(FormNumbers.required(lossHigh, "lossHigh", errors)),
                units == null ? null : units.intValue(),
                number(FormNumbers.optional(unitPrice, "unitPrice", errors)),
                safeguardIds == null ? List.of() : safeguardIds, adHoc);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Double orElse(BigDecimal value, BigDecimal fallback) {
        return number(value != null ? value : fallback);
    }
}
