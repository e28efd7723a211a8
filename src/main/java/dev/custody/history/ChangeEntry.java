package dev.custody.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to one audited record: when, by whom, what (created, changed or deleted) and which fields.
 * entityId is null for records keyed by a code (countries); their label carries the code.
 */
public record ChangeEntry(long revision, Instant at, String user, String entityType, Long entityId, String entityLabel,
        String action, List<FieldChange> fields) {
    public static final String CREATED = "created";
    public static final String CHANGED = "changed";
    public static final String DELETED = "deleted";
}
