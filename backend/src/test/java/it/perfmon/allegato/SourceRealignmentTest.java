package it.perfmon.allegato;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The realigned main table, which the export is compared with, only moved the source's cells into their columns:
 * nothing was added, dropped, edited or reordered within a row.
 */
class SourceRealignmentTest {

    @Test
    void shouldGiveEveryRowOfTheRealignedMainTableSixteenCells() {
        List<String> wrong = new ArrayList<>();
        List<List<String>> rows = SourceTable.realignedMain();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != 16) {
                wrong.add("row " + (i + 1) + ": " + rows.get(i).size() + " cells");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(24, rows.size());
    }

    @Test
    void shouldOnlyMoveCellsWhenRealigningTheMainTable() {
        List<List<String>> reference = SourceTable.referenceMain();
        List<List<String>> realigned = SourceTable.realignedMain();
        assertEquals(reference.size(), realigned.size());
        for (int i = 0; i < reference.size(); i++) {
            assertEquals(SourceTable.nonEmpty(reference.get(i)), SourceTable.nonEmpty(realigned.get(i)),
                    "row " + (i + 1));
        }
    }

    @Test
    void shouldFindTheRowsShiftedByMergedCellsInTheReference() {
        // The reason for the realigned copy: these rows of the export lack cells that merged regions covered.
        List<List<String>> reference = SourceTable.referenceMain();
        List<List<String>> realigned = SourceTable.realignedMain();
        List<String> shifted = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            if (!padded(reference.get(i)).equals(realigned.get(i))) {
                shifted.add(String.valueOf(i + 1));
            }
        }
        // Headings (2, 3), 1.4 and 1.5 (7-10), 1.6 and 1.7 (11, 12), 4.4 (20, 21), the sum of weights (22).
        assertEquals(List.of("2", "3", "7", "8", "9", "10", "11", "12", "20", "21", "22"), shifted);
    }

    /** Rows ending in empty cells may be cut short in the export: that is no shift. */
    private static List<String> padded(List<String> row) {
        List<String> cells = new ArrayList<>(row);
        while (cells.size() < 16) {
            cells.add("");
        }
        return cells;
    }

    @Test
    void shouldNeedNoRealignmentOfTheTimelines() {
        Map<String, List<List<String>>> timelines = SourceTable.referenceTimelines();
        assertEquals(List.of("ARTI crono 1", "ARTI crono 2", "ARTI crono 3", "ARTI crono 4", "ARTI crono 5",
                "ARTI crono 6", "ARTI crono 7", "ARTI crono 8"), List.copyOf(timelines.keySet()));
        List<String> wrong = new ArrayList<>();
        timelines.forEach((name, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != 10) {
                    wrong.add(name + " row " + (i + 1) + ": " + rows.get(i).size() + " cells");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }
}
