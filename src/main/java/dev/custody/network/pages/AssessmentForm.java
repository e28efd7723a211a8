package dev.custody.network.pages;

import dev.custody.network.Assessment;
import dev.custody.network.AssessmentInput;
import dev.custody.network.InsiderFactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The assessment form as posted. Each factor's select sends "FACTOR:rating", or "FACTOR:" when unknown, under
 * the one name "ratings", so the form needs no field per factor and the service names each bad factor.
 */
public record AssessmentForm(
        @RestForm String assessor,
        @RestForm String assessedOn,
        @RestForm String evidenceNote,
        @RestForm List<String> ratings,
        @RestForm String version) {

    /** A new assessment made today that starts from the latest one's ratings and assessor (none: all unknown). */
    public static AssessmentForm startingFrom(Assessment latest, LocalDate today) {
        if (latest == null) {
            return new AssessmentForm("", today.toString(), "", List.of(), null);
        }
        return new AssessmentForm(latest.assessor, today.toString(), "", encode(latest), null);
    }

    public static AssessmentForm of(Assessment assessment) {
        return new AssessmentForm(assessment.assessor, assessment.assessedOn.toString(), assessment.evidenceNote,
                encode(assessment), String.valueOf(assessment.version));
    }

    /** The value of a factor's option: "FACTOR:rating", or "FACTOR:" for unknown (rating null). */
    public String value(InsiderFactor factor, Integer rating) {
        return factor.name() + ":" + (rating == null ? "" : rating);
    }

    public boolean chosen(InsiderFactor factor, Integer rating) {
        String prefix = factor.name() + ":";
        String sent = ratings == null ? null
                : ratings.stream().filter(Objects::nonNull).filter(r -> r.startsWith(prefix)).findFirst().orElse(null);
        return sent == null ? rating == null : sent.equals(value(factor, rating));
    }

    /** The input for an assessment of this organization; fields that cannot be read are reported into errors. */
    public AssessmentInput toInput(long organizationId, Map<String, String> errors) {
        return new AssessmentInput(organizationId, FormValues.text(assessor),
                FormValues.date(assessedOn, "assessedOn", errors), FormValues.text(evidenceNote), factors(errors),
                FormValues.version(version, errors));
    }

    private Map<String, BigDecimal> factors(Map<String, String> errors) {
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        for (String rating : ratings == null ? List.<String>of() : ratings) {
            int colon = rating.indexOf(':');
            String name = (colon < 0 ? rating : rating.substring(0, colon)).trim();
            String value = colon < 0 ? "" : rating.substring(colon + 1).trim();
            try {
                factors.put(name, value.isEmpty() ? null : new BigDecimal(value));
            } catch (NumberFormatException e) {
                errors.putIfAbsent("factors." + name, "must be a whole number from 0 (best) to 4 (worst), or unknown");
            }
        }
        return factors;
    }

    private static List<String> encode(Assessment assessment) {
        return Arrays.stream(InsiderFactor.values())
                .map(f -> f.name() + ":" + (assessment.rating(f) == null ? "" : assessment.rating(f))).toList();
    }
}
