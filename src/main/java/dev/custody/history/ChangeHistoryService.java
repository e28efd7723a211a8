package dev.custody.history;

import static dev.custody.history.AuditedType.ASSESSMENT;
import static dev.custody.history.AuditedType.CUSTODY_LEG;
import static dev.custody.history.AuditedType.INCIDENT;
import static dev.custody.history.AuditedType.ORGANIZATION;
import static dev.custody.history.AuditedType.SITE;
import static dev.custody.history.AuditedType.SUPPLY_LINK;

import dev.custody.gating.PurchaseRequest;
import dev.custody.network.Organization;
import dev.custody.web.FieldErrors;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * Reads the Envers change history: of one audited record, or of an organization together with its sites,
 * supply links, custody legs, incidents and assessments. Newest change first, each with its field diffs.
 */
@ApplicationScoped
public class ChangeHistoryService {
    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    private static final Comparator<Snapshot> NEWEST_FIRST = Comparator
            .comparing((Snapshot s) -> s.revision().id, Comparator.reverseOrder())
            .thenComparing(Snapshot::type)
            .thenComparing(s -> String.valueOf(s.id()));

    @Inject
    EntityManager entityManager;

    /** One state of one record at one revision, as Envers returns it. */
    private record Snapshot(AuditedType type, Object entity, Object id, RevisionInfo revision, RevisionType change) {
        String key() {
            return type + ":" + id;
        }
    }

    /** Changes concerning an organization: its own and those of the records that belong to or name it. */
    @Transactional
    public List<ChangeEntry> organization(long id, int limit) {
        checkLimit(limit);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.addAll(revisions(reader, ORGANIZATION, AuditEntity.id().eq(id), limit));
        snapshots.addAll(revisions(reader, SITE, AuditEntity.relatedId("organization").eq(id), limit));
        snapshots.addAll(revisions(reader, SUPPLY_LINK,
                AuditEntity.or(AuditEntity.relatedId("buyer").eq(id), AuditEntity.relatedId("supplier").eq(id)), limit));
        snapshots.addAll(revisions(reader, CUSTODY_LEG, AuditEntity.relatedId("vendor").eq(id), limit));
        snapshots.addAll(revisions(reader, INCIDENT, AuditEntity.relatedId("organization").eq(id), limit));
        snapshots.addAll(revisions(reader, ASSESSMENT, AuditEntity.relatedId("organization").eq(id), limit));
        if (snapshots.isEmpty() && Organization.findById(id) == null) {
            throw new NotFoundException("Organization", id);
        }
        snapshots.sort(NEWEST_FIRST);
        return entries(reader, snapshots.subList(0, Math.min(limit, snapshots.size())));
    }

    /** Changes concerning a purchase request: the request, its decisions, conditions, override requests and answers. */
    @Transactional
    public List<ChangeEntry> purchaseRequest(long id, int limit) {
        checkLimit(limit);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.addAll(revisions(reader, AuditedType.PURCHASE_REQUEST, AuditEntity.id().eq(id), limit));
        snapshots.addAll(revisions(reader, AuditedType.GATE_DECISION, AuditEntity.relatedId("request").eq(id), limit));
        for (AuditedType type : List.of(AuditedType.GATE_CONDITION, AuditedType.OVERRIDE_REQUEST,
                AuditedType.OVERRIDE_ANSWER)) {
            snapshots.addAll(revisions(reader, type, AuditEntity.property("purchaseRequestId").eq(id), limit));
        }
        if (snapshots.isEmpty() && PurchaseRequest.findById(id) == null) {
            throw new NotFoundException("Purchase request", id);
        }
        snapshots.sort(NEWEST_FIRST);
        return entries(reader, snapshots.subList(0, Math.min(limit, snapshots.size())));
    }

    /** Changes of one record of any audited type, e.g. ("country", "TW") or ("site", "7"). */
    @Transactional
    public List<ChangeEntry> history(String entityType, String rawId, int limit) {
        checkLimit(limit);
        AuditedType type = AuditedType.of(entityType);
        Object id = type.parseId(rawId);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Snapshot> snapshots = new ArrayList<>(revisions(reader, type, AuditEntity.id().eq(id), limit));
        if (snapshots.isEmpty()) {
            String what = Character.toUpperCase(type.slug.charAt(0)) + type.slug.substring(1).replace('-', ' ');
            throw new NotFoundException(what, id);
        }
        snapshots.sort(NEWEST_FIRST);
        return entries(reader, snapshots);
    }

    private static void checkLimit(int limit) {
        new FieldErrors().check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .throwIfAny();
    }

    private static List<Snapshot> revisions(AuditReader reader, AuditedType type, AuditCriterion criterion, int limit) {
        List<?> rows = reader.createQuery().forRevisionsOfEntity(type.entityClass, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Snapshot(type, row[0], SnapshotDiff.idOf(row[0]), (RevisionInfo) row[1], (RevisionType) row[2]))
                .toList();
    }

    /** Diffs each snapshot against the one before it, walking from the oldest so that each knows its predecessor. */
    private static List<ChangeEntry> entries(AuditReader reader, List<Snapshot> newestFirst) {
        Map<String, Object> before = new HashMap<>();
        List<ChangeEntry> entries = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Snapshot snapshot = newestFirst.get(i);
            Object previous = before.containsKey(snapshot.key()) ? before.get(snapshot.key()) : previous(reader, snapshot);
            entries.add(entry(snapshot, previous));
            before.put(snapshot.key(), snapshot.entity());
        }
        Collections.reverse(entries);
        return entries;
    }

    /** The state just before a change that is the oldest one in the list (outside the limit or the filter). */
    private static Object previous(AuditReader reader, Snapshot snapshot) {
        if (snapshot.change() != RevisionType.MOD) {
            return null;
        }
        List<?> rows = reader.createQuery().forRevisionsOfEntity(snapshot.type().entityClass, true, false)
                .add(AuditEntity.id().eq(snapshot.id()))
                .add(AuditEntity.revisionNumber().lt(snapshot.revision().id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static ChangeEntry entry(Snapshot snapshot, Object previous) {
        List<FieldChange> fields = switch (snapshot.change()) {
            case ADD -> SnapshotDiff.between(null, snapshot.entity());
            case MOD -> SnapshotDiff.between(previous, snapshot.entity());
            case DEL -> SnapshotDiff.between(snapshot.entity(), null);
        };
        RevisionInfo revision = snapshot.revision();
        return new ChangeEntry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.username,
                snapshot.type().slug, snapshot.id() instanceof Long id ? id : null, snapshot.type().label(snapshot.entity()),
                action(snapshot.change()), fields);
    }

    private static String action(RevisionType change) {
        return switch (change) {
            case ADD -> ChangeEntry.CREATED;
            case MOD -> ChangeEntry.CHANGED;
            case DEL -> ChangeEntry.DELETED;
        };
    }
}
