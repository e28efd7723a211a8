package dev.custody.history;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.envers.NotAudited;
import org.hibernate.proxy.HibernateProxy;

/**
 * Compares two snapshots of an audited entity field by field and renders each value as a reader sees it.
 * Relations are Envers proxies: they must be rendered inside the transaction that read the snapshots.
 */
final class SnapshotDiff {
    private static final Set<String> SKIPPED = Set.of("id", "version", "tier", "createdAt", "updatedAt");
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Field> IDS = new ConcurrentHashMap<>();

    private SnapshotDiff() {
    }

    /** The changed fields from before to after; either may be null (created, deleted). */
    static List<FieldChange> between(Object before, Object after) {
        Class<?> type = Hibernate.getClass(after != null ? after : before);
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : auditedFields(type)) {
            String oldValue = before == null ? "" : render(read(field, before));
            String newValue = after == null ? "" : render(read(field, after));
            if (!oldValue.equals(newValue)) {
                changes.add(new FieldChange(field.getName(), oldValue, newValue));
            }
        }
        return changes;
    }

    static Object idOf(Object entity) {
        Field id = IDS.computeIfAbsent(Hibernate.getClass(entity), type -> declaredFields(type).stream()
                .filter(f -> f.isAnnotationPresent(Id.class)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no @Id field")));
        return read(id, Hibernate.unproxy(entity));
    }

    static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(SnapshotDiff::render).collect(Collectors.joining(", "));
        }
        if (AuditedType.of(Hibernate.getClass(value)).isPresent()) {
            return relation(value);
        }
        return value.toString();
    }

    /** A related record as "Label (#id)", or "#id" when it no longer exists at that revision. */
    static String relation(Object related) {
        if (related == null) {
            return "";
        }
        Object id = related instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getInternalIdentifier() : null;
        try {
            Object entity = Hibernate.unproxy(related);
            AuditedType type = AuditedType.of(entity.getClass()).orElseThrow();
            return type.label(entity) + " (#" + idOf(entity) + ")";
        } catch (EntityNotFoundException | ObjectNotFoundException gone) {
            return "#" + id;
        }
    }

    private static List<Field> auditedFields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> declaredFields(t).stream().filter(SnapshotDiff::audited).toList());
    }

    /** The entity's own fields in declaration order; Quarkus makes the public fields of Panache entities private. */
    private static List<Field> declaredFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.isAnnotationPresent(Entity.class); c = c.getSuperclass()) {
            fields.addAll(0, Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList());
        }
        fields.forEach(f -> f.setAccessible(true));
        return fields;
    }

    private static boolean audited(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.getName().startsWith("$$") && !SKIPPED.contains(field.getName())
                && !field.isAnnotationPresent(Id.class) && !field.isAnnotationPresent(Version.class)
                && !field.isAnnotationPresent(NotAudited.class) && !field.isAnnotationPresent(Transient.class);
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
