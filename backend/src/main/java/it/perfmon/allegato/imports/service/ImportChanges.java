package it.perfmon.allegato.imports.service;

import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.allegato.imports.model.ImportRow;
import it.perfmon.allegato.imports.model.ImportRow.FieldChange;
import it.perfmon.allegato.imports.model.ImportRow.KeptField;
import it.perfmon.area.StrategicArea;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.ResponsibleStructure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What an import does, entity by entity: the rows of its report and the writes that make them true, which run,
 * each recorded in the audit trail, only when the import is applied.
 */
final class ImportChanges {

    private final AuditTrail audit;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportRow> notInFile = new ArrayList<>();
    private final List<Runnable> writes = new ArrayList<>();

    ImportChanges(AuditTrail audit) {
        this.audit = audit;
    }

    /** Runs the prepared writes. */
    void apply() {
        writes.forEach(Runnable::run);
    }

    /** The report's rows: the file's entities in its order, then what it lacks. */
    List<ImportRow> rows() {
        List<ImportRow> all = new ArrayList<>(rows);
        all.addAll(notInFile);
        return all;
    }

    /** A row for what the database has and the file lacks: never deleted. */
    void absent(String entity, String key) {
        notInFile.add(new ImportRow(null, null, null, entity, key, "NOT_IN_FILE", List.of(), List.of()));
    }

    <E extends EditableEntity> Change<E> created(E entity, String name, String key, SourcePosition at) {
        return new Change<>(entity, true, name, key, at);
    }

    <E extends EditableEntity> Change<E> existing(E entity, String name, String key, SourcePosition at) {
        return new Change<>(entity, false, name, key, at);
    }

    /**
     * The fields of one entity that the import writes, with their old and new values for the report; the writes
     * run only when the import is applied. A plan entity is written by its writer ({@link #written}), the others by
     * setters ({@link #set}, {@link #done}); a new plan entity exists only once written.
     */
    final class Change<E extends EditableEntity> {

        private E entity;
        private final boolean created;
        private final String name;
        private final String key;
        private final SourcePosition at;
        private final List<FieldChange> fields = new ArrayList<>();
        private final List<KeptField> kept = new ArrayList<>();
        private final List<Consumer<E>> setters = new ArrayList<>();

        Change(E entity, boolean created, String name, String key, SourcePosition at) {
            this.entity = entity;
            this.created = created;
            this.name = name;
            this.key = key;
            this.at = at;
        }

        boolean created() {
            return created;
        }

        /** The entity; a new one written by its writer is there only once the import is applied. */
        E entity() {
            return entity;
        }

        /** Sets the field to the file's value where it differs (every field of a new entity); true if it does. */
        <V> boolean set(String field, V current, V target, BiConsumer<E, V> setter) {
            if (!differs(field, current, target)) {
                return false;
            }
            setters.add(e -> setter.accept(e, target));
            return true;
        }

        /** Reports the field where the file's value differs from the entity's (every field of a new entity). */
        <V> void compare(String field, Function<E, V> current, V target) {
            differs(field, created ? null : current.apply(entity), target);
        }

        private <V> boolean differs(String field, V current, V target) {
            if (!created && same(current, target)) {
                return false;
            }
            if (created && target == null) {
                return false;
            }
            fields.add(new FieldChange(field, created ? null : show(current), show(target)));
            return true;
        }

        /** A write the report does not list, such as the link to the parent. */
        void always(Consumer<E> setter) {
            setters.add(setter);
        }

        void keep(String field, Object value, String reason, String code, Map<String, String> params) {
            kept.add(new KeptField(field, show(value), reason, code, params));
        }

        boolean changes() {
            return created || !fields.isEmpty();
        }

        /** Reports the entity, and prepares its writes by the setters. */
        void done() {
            written(() -> {
                setters.forEach(s -> s.accept(entity));
                entity.persist();
                return entity;
            }, e -> setters.forEach(s -> s.accept(e)));
        }

        /** Reports the entity, and prepares its write by a writer: {@code create} a new one or {@code update} it. */
        void written(Supplier<E> create, Consumer<E> update) {
            String action = created ? "CREATE" : fields.isEmpty() ? "UNCHANGED" : "UPDATE";
            rows.add(new ImportRow(at == null ? null : at.sheet(), at == null ? null : at.row(),
                    at == null ? null : at.reference(), name, key, action, List.copyOf(fields), List.copyOf(kept)));
            if (created) {
                writes.add(() -> {
                    entity = create.get();
                    audit.created(entity);
                });
            } else if (!fields.isEmpty()) {
                writes.add(() -> {
                    Snapshot before = Snapshot.of(entity);
                    update.accept(entity);
                    audit.updated(entity, before);
                });
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof EditableEntity x && b instanceof EditableEntity y) {
            return x == y || x.id != null && x.id.equals(y.id);
        }
        return Objects.equals(a, b);
    }

    /** How a value appears in the report: plain numbers, ISO dates, areas by number and structures by code. */
    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            BigDecimal plain = number.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        if (value instanceof StrategicArea area) {
            return String.valueOf(area.number);
        }
        if (value instanceof ResponsibleStructure structure) {
            return structure.code;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
