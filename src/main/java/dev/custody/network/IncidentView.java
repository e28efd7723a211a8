package dev.custody.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An incident as the API returns it, with its organization named. */
public record IncidentView(Long id, long organizationId, String organizationName, LocalDate occurredOn,
        IncidentCategory category, BigDecimal severity, IncidentStatus status, String title, String summary,
        String sourceReference, long version) {

    public static IncidentView of(Incident incident) {
        return new IncidentView(incident.id, incident.organization.id, incident.organization.name, incident.occurredOn,
                incident.category, incident.severity, incident.status, incident.title, incident.summary,
                incident.sourceReference, incident.version);
    }
}
