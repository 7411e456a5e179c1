package it.perfmon.allegato;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2021 Allegato A as published (a verbatim copy of the tab-separated export in test resources) and the main
 * table hand-realigned to its 16 columns. Bold markers (&lt;b&gt;) of the export are formatting, not content, and
 * are dropped.
 */
final class SourceTable {

    static final String REFERENCE = "/allegato/allegato-a-monitoraggio-2021-reference.txt";
    static final String REALIGNED_MAIN = "/allegato/allegato-a-2021-interim-main.tsv";

    private SourceTable() {
    }

    /** The rows of the main table as exported, from the title to the footnote, shifted by merged cells. */
    static List<List<String>> referenceMain() {
        List<String> lines = lines(REFERENCE);
        int first = indexOf(lines, "AGENZIA REGIONALE");
        int last = indexOf(lines, "(1) Responsabile");
        return lines.subList(first, last + 1).stream().map(SourceTable::cells).toList();
    }

    /** Each timeline table by its sheet's name (ARTI crono 1 …), in order. */
    static Map<String, List<List<String>>> referenceTimelines() {
        Map<String, List<List<String>>> timelines = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : lines(REFERENCE)) {
            if (line.matches("#+ ARTI crono \\d+")) {
                current = new ArrayList<>();
                timelines.put(line.replaceFirst("^#+ ", ""), current);
            } else if (current != null && !line.isBlank()) {
                current.add(cells(line));
            }
        }
        return timelines;
    }

    static List<List<String>> realignedMain() {
        return lines(REALIGNED_MAIN).stream().filter(line -> !line.isEmpty()).map(SourceTable::cells).toList();
    }

    static List<String> nonEmpty(List<String> row) {
        return row.stream().filter(cell -> !cell.isEmpty()).toList();
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.replaceAll("</?b>", "").split("\t", -1));
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("No line starting with " + prefix);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
