package it.perfmon.allegato;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only cells where the export of the 2021 plan at 30/06/2021 may differ from the published table, each with
 * the reason. Compared as a whole: a difference not listed fails, and so does one listed that no longer occurs.
 */
final class KnownDifferences {

    record Difference(String source, String export, String reason) {
    }

    static final Map<String, Difference> MAIN = Map.of(
            "Q3", new Difference("", "Motivazione dello scostamento", "a column the monitoring cycle adds after the "
                    + "source's sixteen; empty in 2021, whose late indicators were never explained in the table"),
            "R3", new Difference("", "Interventi correttivi", "a column the monitoring cycle adds after the source's "
                    + "sixteen; empty in 2021"),
            "E22", new Difference("100,00%", "77,00%", "the weights of 1.4, 1.5 and 4.4 were lost in the source's "
                    + "merged cells; the plan holds them as unknown, so the known weights sum to 77%"),
            "M16", new Difference("85,38%", "85,39%", "15.609 / 18.280 is 85,388%: a slip in the source"),
            "M21", new Difference("", "-", "the source merges 4.4's 50,00% over both its indicators; the plan holds it "
                    + "for the first, and the second has no value yet"),
            "K20", new Difference("Responsabile Prevenzione Corruzione e Trasparenza (RPCT)", "RPCT", "the report "
                    + "names responsible structures by their short name where they have one"));

    static final Map<String, Difference> TIMELINES = Map.of(
            "ARTI crono 2!H3", new Difference("31/03/21", "31/03/2021", "the source writes this date with two digits"),
            "ARTI crono 8!H4", new Difference("03/03/21", "03/03/2021", "the source writes this date with two digits"),
            "ARTI crono 8!H6", new Difference("", "-", "a phase without an actual end shows -, which the source "
                    + "leaves out for this phase only"),
            "ARTI crono 4!A1", new Difference(
                    "OBIETTIVO - Dare piena attuazione alle disposizioni del DL 4/2019, convertito in legge n. 26 del "
                            + "28 marzo 2019 Valore target – entro il 31/12/2021",
                    "OBIETTIVO - Dare piena attuazione alle disposizioni del DL 4/2019, convertito in legge n. 26 del "
                            + "28 marzo 2019 Valore target - entro il 31/12/2021",
                    "the source has an en dash in this title and a hyphen in the others"),
            "ARTI crono 5!A1", new Difference(
                    "OBIETTIVO - Innovare e digitalizzare i servizi: progettazione e realizzazione di strumenti "
                            + "tecnologici per l'erogazione dei servizi alle persone e alle imprese nell'ambito della "
                            + "rete regionale dei centri per l'impiego in modalità a distanza Valore target – entro il "
                            + "31/12/2021",
                    "OBIETTIVO - Innovare e digitalizzare i servizi: progettazione e realizzazione di strumenti "
                            + "tecnologici per l'erogazione dei servizi alle persone e alle imprese nell'ambito della "
                            + "rete regionale dei centri per l'impiego in modalità a distanza Valore target - entro il "
                            + "31/12/2021",
                    "the source has an en dash in this title and a hyphen in the others"));

    private KnownDifferences() {
    }

    /**
     * Every cell where the export differs from the source, by address (sheet!A1, or A1 for the main table), as
     * source and export texts; rows and columns beyond the source count as empty there.
     */
    static Map<String, Difference> between(String sheet, List<List<String>> source, List<List<String>> export) {
        Map<String, Difference> differences = new LinkedHashMap<>();
        int rows = Math.max(source.size(), export.size());
        for (int r = 0; r < rows; r++) {
            List<String> expected = r < source.size() ? source.get(r) : List.of();
            List<String> actual = r < export.size() ? export.get(r) : List.of();
            for (int c = 0; c < Math.max(expected.size(), actual.size()); c++) {
                String want = c < expected.size() ? expected.get(c) : "";
                String got = c < actual.size() ? actual.get(c) : "";
                if (!want.equals(got)) {
                    differences.put(address(sheet, r, c), new Difference(want, got, null));
                }
            }
        }
        return differences;
    }

    /** The known differences without their reasons, to compare with {@link #between}. */
    static Map<String, Difference> withoutReasons(Map<String, Difference> known) {
        Map<String, Difference> plain = new LinkedHashMap<>();
        known.forEach((cell, d) -> plain.put(cell, new Difference(d.source(), d.export(), null)));
        return plain;
    }

    static String address(String sheet, int row, int column) {
        String cell = String.valueOf((char) ('A' + column)) + (row + 1);
        return sheet == null ? cell : sheet + "!" + cell;
    }

    static List<String> describe(Map<String, Difference> differences) {
        List<String> lines = new ArrayList<>();
        differences.forEach((cell, d) -> lines.add(cell + ": source '" + d.source() + "', export '" + d.export() + "'"));
        return lines;
    }
}
