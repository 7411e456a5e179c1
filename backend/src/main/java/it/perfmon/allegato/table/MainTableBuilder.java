package it.perfmon.allegato.table;

import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.ReportArea;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.model.PlanReport.ReportObjective;
import java.math.BigDecimal;
import java.util.List;

/**
 * The main table in the source's 16 columns (A area number … P assessment) and the two the monitoring cycle adds
 * after them (Q explanation of the deviation, R corrective actions): one row per indicator, grouped by area and
 * objective, whose cells are merged down over the group; then the sum of the weights and the footnote.
 */
final class MainTableBuilder {

    static final String SHEET_NAME = "Allegato A";
    static final String FOOTNOTE = "(1) Responsabile attuazione dell'obiettivo è la struttura che svolge la funzione "
            + "di referente per la sua realizzazione ed il cui responsabile raggiugnerà il vertice dell'ente. (ove non "
            + "si tratti della stessa persona) circa lo stato di avanzamento";

    // Column indexes, A = 0.
    static final int AREA_NUMBER = 0;
    static final int AREA_TITLE = 1;
    static final int CODE = 2;
    static final int OBJECTIVE = 3;
    static final int WEIGHT = 4;
    static final int INDICATOR = 5;
    static final int BASELINE = 6;
    static final int TARGET = 7;
    static final int NEXT_YEARS_TARGET = 8;
    static final int NOTE = 9;
    static final int RESPONSIBLE = 10;
    static final int PROGRAMMING_LINK = 11;
    static final int ACHIEVED = 12;
    static final int MONITORING_NOTE = 13;
    static final int DATA_SOURCE = 14;
    static final int ASSESSMENT = 15;
    static final int DEVIATION_EXPLANATION = 16;
    static final int CORRECTIVE_ACTIONS = 17;
    // Percent columns fit 100,00% in the PDF's body font, and short words (Direzione, determinate) their columns;
    // the two columns of the deviation take their room from the notes, so that the table keeps its width on the page.
    private static final List<Integer> WIDTHS = List.of(5, 18, 6, 26, 13, 24, 14, 13, 15, 24, 14, 16, 14, 28, 14, 16,
            20, 20);
    private static final int HEADING_ROWS = 3;

    private final PlanReport report;
    private final GridBuilder grid = new GridBuilder(WIDTHS.size());

    private MainTableBuilder(PlanReport report) {
        this.report = report;
    }

    static Grid build(PlanReport report, String title) {
        return new MainTableBuilder(report).table(title);
    }

    private Grid table(String title) {
        int year = report.plan().year();
        grid.add(RowKind.TITLE, Cell.text(title));
        grid.merge(0, 0, 0, WIDTHS.size() - 1);
        grid.add(RowKind.GROUP_HEADING, text("I"), text("AMBITO STRATEGICO"), text("II"), text("RISULTATI ATTESI"),
                Cell.BLANK, Cell.BLANK, Cell.BLANK, Cell.BLANK, Cell.BLANK, text("Note"),
                text("Responsabile attuazione (1)"), text("Collegamento con la Programmazione regionale " + year),
                text("MONITORAGGIO"), Cell.BLANK, Cell.BLANK, text("VALUTAZIONE"), Cell.BLANK, Cell.BLANK);
        grid.add(RowKind.HEADING, Cell.BLANK, Cell.BLANK, Cell.BLANK, text("Obiettivo"), text("Peso %"),
                text("Indicatore"), text("Valore iniziale"), text("Valore target " + year),
                text("Valore target " + (year + 1) + " - " + (year + 2)), Cell.BLANK, Cell.BLANK, Cell.BLANK,
                text("Valore conseguito dall'indicatore"), text("Note di monitoraggio"), text("Fonte dati"),
                text("Valutazione sintetica sullo stato di attuazione dell'indicatore"),
                text("Motivazione dello scostamento"), text("Interventi correttivi"));
        for (int column : List.of(AREA_NUMBER, AREA_TITLE, CODE, NOTE, RESPONSIBLE, PROGRAMMING_LINK)) {
            grid.merge(1, 2, column, column);
        }
        grid.merge(1, 1, OBJECTIVE, NEXT_YEARS_TARGET);
        grid.merge(1, 1, ACHIEVED, DATA_SOURCE);
        grid.merge(1, 1, ASSESSMENT, CORRECTIVE_ACTIONS);

        for (ReportArea area : report.areas()) {
            area(area);
        }
        int total = grid.add(RowKind.TOTAL);
        grid.set(total, WEIGHT, Cell.percent(report.score().weights().sum()));
        grid.add(RowKind.SPACER);
        int note = grid.add(RowKind.NOTE, text(FOOTNOTE));
        grid.merge(note, note, 0, WIDTHS.size() - 1);
        return grid.build(SHEET_NAME, WIDTHS, HEADING_ROWS);
    }

    private void area(ReportArea area) {
        int first = grid.rowCount();
        if (area.objectives().isEmpty()) {
            grid.add(RowKind.BODY);
        }
        for (ReportObjective objective : area.objectives()) {
            objective(objective);
        }
        grid.set(first, AREA_NUMBER, Cell.whole(area.number()));
        grid.set(first, AREA_TITLE, Cell.text(area.title()));
        int last = grid.rowCount() - 1;
        grid.merge(first, last, AREA_NUMBER, AREA_NUMBER);
        grid.merge(first, last, AREA_TITLE, AREA_TITLE);
    }

    private void objective(ReportObjective objective) {
        int first = grid.rowCount();
        if (objective.indicators().isEmpty()) {
            int row = grid.add(RowKind.BODY);
            objectiveNote(row, objective);
        }
        // Note, responsible and programming link belong to the objective and open its first row; a later indicator
        // with a planning note of its own starts a new group of them (1.4, 1.5), the others share the group above
        // (4.4), as in the source.
        int groupStart = first;
        for (ReportIndicator indicator : objective.indicators()) {
            int row = indicatorRow(indicator);
            if (row == first) {
                grid.set(row, NOTE, joined(objective.notes(), indicator.definition().planningNote()));
                objectiveLinks(row, objective);
            } else if (indicator.definition().planningNote() != null) {
                closeNoteGroup(groupStart, row - 1);
                groupStart = row;
                grid.set(row, NOTE, text(indicator.definition().planningNote()));
                objectiveLinks(row, objective);
            }
        }
        closeNoteGroup(groupStart, grid.rowCount() - 1);
        grid.set(first, CODE, text(objective.code()));
        grid.set(first, OBJECTIVE, Cell.text(objective.title()));
        grid.set(first, WEIGHT, Cell.percent(objective.weight()));
        int last = grid.rowCount() - 1;
        for (int column : List.of(CODE, OBJECTIVE, WEIGHT)) {
            grid.merge(first, last, column, column);
        }
    }

    private void closeNoteGroup(int first, int last) {
        if (last > first) {
            for (int column : List.of(NOTE, RESPONSIBLE, PROGRAMMING_LINK)) {
                grid.merge(first, last, column, column);
            }
        }
    }

    private void objectiveNote(int row, ReportObjective objective) {
        grid.set(row, NOTE, orDash(objective.notes()));
        objectiveLinks(row, objective);
    }

    private static Cell joined(String objectiveNotes, String planningNote) {
        if (objectiveNotes == null || planningNote == null) {
            return orDash(objectiveNotes == null ? planningNote : objectiveNotes);
        }
        return text(objectiveNotes + "\n" + planningNote);
    }

    private void objectiveLinks(int row, ReportObjective objective) {
        grid.set(row, RESPONSIBLE, Cell.text(objective.responsibleStructure().name()));
        grid.set(row, PROGRAMMING_LINK, orDash(objective.programmingLink()));
    }

    private int indicatorRow(ReportIndicator indicator) {
        int row = grid.add(RowKind.BODY);
        grid.set(row, INDICATOR, Cell.text(indicator.definition().description()));
        grid.set(row, BASELINE, baseline(indicator.target()));
        grid.set(row, TARGET, percentOrDash(indicator.target().targetValue()));
        grid.set(row, NEXT_YEARS_TARGET, nextYearsTarget(indicator.target()));
        grid.set(row, ACHIEVED, achieved(indicator));
        grid.set(row, MONITORING_NOTE, Cell.text(indicator.result().monitoringNote()));
        grid.set(row, DATA_SOURCE, Cell.text(indicator.result().dataSource()));
        grid.set(row, ASSESSMENT, assessment(indicator.result().assessment()));
        grid.set(row, DEVIATION_EXPLANATION, Cell.text(indicator.result().deviationExplanation()));
        grid.set(row, CORRECTIVE_ACTIONS, Cell.text(indicator.result().correctiveActions()));
        return row;
    }

    /** A value with its reference year mixes a number and words, so it is text: "95,20% dato 2020". */
    private static Cell baseline(PlanReport.Target target) {
        String reference = target.baselineReference();
        if (target.baselineValue() == null) {
            return orDash(reference);
        }
        if (reference == null || reference.isBlank()) {
            return Cell.percent(target.baselineValue());
        }
        return text(ItalianText.percent(target.baselineValue()) + " " + reference);
    }

    /** A value (85,00%) or a rule resolved later (">= dato finale anno precedente"). */
    private static Cell nextYearsTarget(PlanReport.Target target) {
        if (target.nextYearsTargetValue() != null) {
            return Cell.percent(target.nextYearsTargetValue());
        }
        return orDash(target.nextYearsTargetRule());
    }

    /**
     * The value used (entered, else computed). A timeline none of whose phases has progressed has achieved nothing
     * yet: the source prints "-" there, not 0,00% (1.1, 1.3, 2.2).
     */
    private static Cell achieved(ReportIndicator indicator) {
        BigDecimal value = indicator.valueUsed();
        boolean timelineNotStarted = "TIMELINE".equals(indicator.definition().kind())
                && "COMPUTED".equals(indicator.value().valueSource())
                && value != null && value.signum() == 0;
        return value == null || timelineNotStarted ? Cell.DASH : Cell.percent(value);
    }

    /** As the source prints it: "3. secondo le aspettative", with a hyphen where the scale has a dash. */
    private static Cell assessment(PlanReport.Assessment assessment) {
        if (assessment == null) {
            return Cell.BLANK;
        }
        return text(assessment.step() + ". " + assessment.label().replace('–', '-'));
    }

    private static Cell percentOrDash(BigDecimal value) {
        return value == null ? Cell.DASH : Cell.percent(value);
    }

    private static Cell orDash(String value) {
        return value == null || value.isBlank() ? Cell.DASH : text(value);
    }

    private static Cell text(String value) {
        return Cell.text(value);
    }
}
