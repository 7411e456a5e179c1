package it.perfmon.allegato.imports.document;

import it.perfmon.plan.PeriodKind;
import java.time.LocalDate;
import java.util.List;

/**
 * An Allegato A as read from either layout, before any meaning is given to its values: the organisation and
 * period of its title, the main table (areas, objectives, indicators, one row per indicator) and the timelines
 * (cronoprogrammi) with their phases. Cells keep their text and position; the mapping to the plan reads them.
 */
public record AllegatoDocument(
        SourcePosition.Layout layout,
        Cell title,
        String organisationName,
        String organisationCode,
        int year,
        PeriodKind periodKind,
        LocalDate periodDate,
        List<Area> areas,
        Cell declaredTotalWeight,
        List<Timeline> timelines) {

    /** An ambito strategico: its number and title come from the first row of its objectives. */
    public record Area(Cell number, Cell title, List<Objective> objectives) {
    }

    /** An objective: code, title, weight, notes, responsible and programming link come from its first row. */
    public record Objective(Cell code, Cell title, Cell weight, Cell notes, Cell responsible, Cell programmingLink,
            List<Indicator> indicators) {
    }

    /**
     * One row of the main table. {@code planningNote} is the Note cell of every row but the objective's first
     * (whose Note is the objective's); {@code responsible} and {@code programmingLink} are what a later row
     * repeats, blank where the cells were merged. {@code deviationExplanation} and {@code correctiveActions} are
     * null when the file has no such columns (the text layout of the 2021 table never has them).
     */
    public record Indicator(Cell description, Cell baseline, Cell target, Cell nextYearsTarget, Cell planningNote,
            Cell responsible, Cell programmingLink, Cell achieved, Cell monitoringNote, Cell dataSource,
            Cell assessment, Cell deviationExplanation, Cell correctiveActions) {
    }

    /**
     * A cronoprogramma: its number from the sheet (or section) name {@code ARTI crono 4}, its title and deadline
     * from the line {@code OBIETTIVO - <title> Valore target - entro il 31/12/2021}.
     */
    public record Timeline(String sheet, String organisationCode, int number, String title, LocalDate deadline,
            Cell heading, List<Phase> phases, Cell declaredTotalWeight) {
    }

    public record Phase(Cell number, Cell description, Cell output, Cell plannedStart, Cell plannedEnd,
            Cell responsible, Cell weight, Cell actualEnd, Cell monitoringNote, Cell dataSource) {
    }
}
