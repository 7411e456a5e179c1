package it.perfmon.allegato.imports.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds columns by their headings, so that a sheet with moved or missing columns is read right or refused. */
final class Headings {

    private Headings() {
    }

    /** Lower case, one kind of apostrophe, footnote markers such as "(1)" and extra spaces dropped. */
    static String normalise(String heading) {
        return heading.toLowerCase(Locale.ITALIAN).replace('’', '\'').replace('\u00A0', ' ')
                .replaceAll("\\(\\d+\\)", " ").replaceAll("\\s+", " ").replaceAll("[\\s:]+$", "").strip();
    }

    /** The first column whose heading matches, for each kind of column; headings are indexed from 0. */
    static <C extends Enum<C> & HeadingColumn> Map<C, Integer> match(List<String> headings, Class<C> columns) {
        Map<C, Integer> found = new EnumMap<>(columns);
        for (int index = 0; index < headings.size(); index++) {
            String heading = normalise(headings.get(index));
            if (heading.isEmpty()) {
                continue;
            }
            for (C column : columns.getEnumConstants()) {
                if (!found.containsKey(column) && column.pattern().matcher(heading).matches()) {
                    found.put(column, index);
                    break;
                }
            }
        }
        return found;
    }

    /** The plan's year from the heading "Valore target 2021". */
    static Optional<Integer> targetYear(String heading) {
        var m = MainColumn.TARGET.pattern().matcher(normalise(heading));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
