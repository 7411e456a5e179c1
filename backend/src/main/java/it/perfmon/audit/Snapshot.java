package it.perfmon.audit;

import it.perfmon.common.EditableEntity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The audited state of an entity: its persistent fields, related entities by id, secrets never. Two snapshots
 * give the changed fields with old and new values.
 */
public final class Snapshot {

    private static final java.util.Set<String> SKIPPED = java.util.Set.of("id", "version", "createdAt", "updatedAt",
            "passwordHash", "tokenHash");

    private final Map<String, Object> values;

    private Snapshot(Map<String, Object> values) {
        this.values = values;
    }

    public static Snapshot empty() {
        return new Snapshot(Map.of());
    }

    public static Snapshot of(Object entity) {
        Map<String, Object> values = new TreeMap<>();
        for (Class<?> type = entity.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // Panache turns the public fields of entities into protected ones behind accessors; Hibernate adds
                // transient fields of its own, all named with a leading '$'.
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.getName().startsWith("$")
                        || SKIPPED.contains(field.getName())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    values.put(field.getName(), plain(field.get(entity)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return new Snapshot(values);
    }

    /** Fields whose value differs, each with [old, new]. */
    public Map<String, Object[]> changesTo(Snapshot after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        java.util.SortedSet<String> names = new java.util.TreeSet<>(values.keySet());
        names.addAll(after.values.keySet());
        for (String name : names) {
            Object old = values.get(name);
            Object now = after.values.get(name);
            if (!same(old, now)) {
                changes.put(name, new Object[] {old, now});
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object plain(Object value) {
        if (value instanceof EditableEntity entity) {
            return entity.id;
        }
        if (value instanceof io.quarkus.hibernate.orm.panache.PanacheEntityBase) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Snapshot::plain).map(String::valueOf).sorted().toList();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }
}
