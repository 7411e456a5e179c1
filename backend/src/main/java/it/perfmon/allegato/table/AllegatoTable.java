package it.perfmon.allegato.table;

import java.time.LocalDate;
import java.util.List;

/**
 * The Allegato A of a plan at a monitoring period, independent of any file format: the main table and one timeline
 * table per objective with phases. XLSX, PDF and CSV are all written from it, so they always agree.
 *
 * @param title the line above the main table, e.g. AGENZIA … (ARTI) - MONITORAGGIO INTERMEDIO AL 30/06/2021
 * @param periodLabel the period in words, e.g. "monitoraggio intermedio"
 */
public record AllegatoTable(
        String organisationCode,
        String organisationName,
        int year,
        String planTitle,
        String periodLabel,
        LocalDate referenceDate,
        String title,
        Grid main,
        List<Grid> timelines) {

    public AllegatoTable {
        timelines = List.copyOf(timelines);
    }

    /** For page headers and document properties: "Allegato A – Piano della performance 2021 – Monitoraggio …". */
    public String documentTitle() {
        return "Allegato A – " + planTitle + " – " + Character.toUpperCase(periodLabel.charAt(0))
                + periodLabel.substring(1) + " al " + ItalianText.date(referenceDate);
    }
}
