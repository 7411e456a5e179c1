package it.perfmon.publication.opendata;

import it.perfmon.publication.OpenDataRow;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** The columns of the open data are the row's components, so CSV, ODS and JSON cannot drift apart. */
final class OpenDataColumns {

    static final List<RecordComponent> ALL = Arrays.asList(OpenDataRow.class.getRecordComponents());

    private OpenDataColumns() {
    }

    static Object value(OpenDataRow row, RecordComponent column) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + column.getName(), e);
        }
    }
}
