package dev.custody.network;

import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records, changes and removes the incidents in an organization's history. */
@ApplicationScoped
public class IncidentService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("occurredOn", "occurredOn");
        SORTS.put("severity", "severity");
        SORTS.put("status", "status");
        SORTS.put("category", "category");
        SORTS.put("title", "title");
        SORTS.put("organization", "organization.name");
        SORTS.put("id", "id");
    }

    @Inject
    OrganizationRepository organizations;
    @Inject
    NetworkEvents events;
    @Inject
    Clock clock;

    /** Incidents filtered by organization, status, category and title text; newest first by default. */
    public PageResult<Incident> list(Long organizationId, IncidentStatus status, IncidentCategory category, String q,
            ListQuery query) {
        return new Where()
                .and("organization.id = :organization", "organization", organizationId)
                .and("status = :status", "status", status)
                .and("category = :category", "category", category)
                .contains(q, "title")
                .list((hql, sort, params) -> Incident.find(hql, sort, params), query.toSort(SORTS, "-occurredOn"),
                        query);
    }

    public Incident get(long id) {
        return Incident.<Incident>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    @Transactional
    public Incident create(IncidentInput input) {
        Incident incident = new Incident();
        apply(incident, input);
        incident.persist();
        events.changed(incident.organization.id);
        return incident;
    }

    @Transactional
    public Incident update(long id, IncidentInput input, long expectedVersion) {
        Incident incident = get(id);
        Versions.check("Incident " + id, incident.version, expectedVersion);
        long oldOrganization = incident.organization.id;
        apply(incident, input);
        Incident.flush();
        events.changed(oldOrganization, incident.organization.id);
        return incident;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Incident incident = get(id);
        Versions.checkDelete("Incident " + id, incident.version, expectedVersion);
        long organization = incident.organization.id;
        incident.delete();
        events.changed(organization);
    }

    private void apply(Incident incident, IncidentInput input) {
        Organization organization = organizations.findById(input.organizationId());
        new FieldErrors()
                .check(organization != null, "organizationId", "is not an existing organization")
                .check(!input.occurredOn().isAfter(Today.latest(clock)), "occurredOn", "must not be in the future")
                .throwIfAny();
        incident.organization = organization;
        incident.occurredOn = input.occurredOn();
        incident.category = input.category();
        incident.severity = input.severity();
        incident.status = input.status();
        incident.title = input.title().trim();
        incident.summary = OrganizationService.blankToNull(input.summary());
        incident.sourceReference = input.sourceReference().trim();
    }
}
