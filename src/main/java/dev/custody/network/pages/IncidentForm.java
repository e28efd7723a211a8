package dev.custody.network.pages;

import dev.custody.network.Incident;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentInput;
import dev.custody.network.IncidentStatus;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The incident form as posted: every field as text; toInput makes the API's IncidentInput. */
public record IncidentForm(
        @RestForm String occurredOn,
        @RestForm String category,
        @RestForm String severity,
        @RestForm String status,
        @RestForm String title,
        @RestForm String summary,
        @RestForm String sourceReference,
        @RestForm String version) {

    public static IncidentForm blank() {
        return new IncidentForm("", "", "", IncidentStatus.ALLEGED.name(), "", "", "", null);
    }

    public static IncidentForm of(Incident i) {
        return new IncidentForm(i.occurredOn.toString(), i.category.name(), i.severity.toPlainString(), i.status.name(),
                i.title, i.summary, i.sourceReference, String.valueOf(i.version));
    }

    /** The input for an incident at this organization; fields that cannot be read are reported into errors. */
    public IncidentInput toInput(long organizationId, Map<String, String> errors) {
        return new IncidentInput(organizationId,
                FormValues.date(occurredOn, "occurredOn", errors),
                FormValues.choice(IncidentCategory.class, category, "category", errors),
                FormValues.decimal(severity, "severity", errors),
                FormValues.choice(IncidentStatus.class, status, "status", errors),
                FormValues.text(title),
                FormValues.text(summary),
                FormValues.text(sourceReference),
                FormValues.version(version, errors));
    }
}
