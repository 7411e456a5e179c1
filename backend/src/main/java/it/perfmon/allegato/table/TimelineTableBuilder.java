package it.perfmon.allegato.table;

import it.perfmon.report.model.PlanReport.ReportObjective;
import it.perfmon.report.model.PlanReport.ReportPhase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The timeline (cronoprogramma) of one objective in the source's 10 columns, one row per phase. */
final class TimelineTableBuilder {

    static final String TOTAL_LABEL = "Peso complessivo delle fasi (100%)";
    static final int WEIGHT = 6;
    /** The first of the monitoring columns: actual end, monitoring note, data source. */
    static final int MONITORING = 7;
    private static final List<Integer> WIDTHS = List.of(6, 30, 24, 12, 12, 24, 13, 14, 62, 20);
    private static final int HEADING_ROWS = 2;

    private TimelineTableBuilder() {
    }

    static Grid build(ReportObjective objective, String organisationCode, LocalDate periodDate) {
        GridBuilder grid = new GridBuilder(WIDTHS.size());
        grid.add(RowKind.GROUP_HEADING, Cell.text(title(objective)), Cell.BLANK, Cell.BLANK, Cell.BLANK, Cell.BLANK,
                Cell.BLANK, Cell.BLANK, Cell.text("MONITORAGGIO"));
        grid.merge(0, 0, 0, MONITORING - 1);
        grid.merge(0, 0, MONITORING, WIDTHS.size() - 1);
        grid.add(RowKind.HEADING, Cell.text("Nr. fase"), Cell.text("Descrizione fase"), Cell.text("Output"),
                Cell.text("Inizio previsto"), Cell.text("Fine prevista"), Cell.text("Struttura Responsabile"),
                Cell.text("Peso %"), Cell.text("Fine effettiva (se entro il " + periodDate.getDayOfMonth() + "/"
                        + periodDate.getMonthValue() + ")"),
                Cell.text("Note di monitoraggio"), Cell.text("Fonte dati"));
        for (ReportPhase phase : objective.phases()) {
            grid.add(RowKind.BODY, Cell.whole(phase.number()), Cell.text(phase.description()), dashIfNull(phase.output()),
                    Cell.date(phase.plannedStart()), Cell.date(phase.plannedEnd()), Cell.text(phase.responsible()),
                    Cell.percent(phase.weight()), actualEnd(phase, periodDate), Cell.text(phase.monitoringNote()),
                    Cell.text(phase.dataSource()));
        }
        int total = grid.add(RowKind.TOTAL, Cell.text(TOTAL_LABEL));
        grid.merge(total, total, 0, WEIGHT - 1);
        grid.set(total, WEIGHT, Cell.percent(weightSum(objective)));
        return grid.build(sheetName(objective, organisationCode), WIDTHS, HEADING_ROWS);
    }

    /** "ARTI crono 1"; an objective with phases but no timeline number is named by its code. */
    static String sheetName(ReportObjective objective, String organisationCode) {
        Object number = objective.timelineNumber() != null ? objective.timelineNumber() : objective.code();
        return organisationCode + " crono " + number;
    }

    private static String title(ReportObjective objective) {
        String title = objective.timelineTitle() != null ? objective.timelineTitle() : objective.title();
        String deadline = objective.deadline() == null ? ""
                : " Valore target - entro il " + ItalianText.date(objective.deadline());
        return "OBIETTIVO - " + title + deadline;
    }

    /** The column reports ends reached by the period's date ("se entro il 30/6"); a later one is not yet known. */
    private static Cell actualEnd(ReportPhase phase, LocalDate periodDate) {
        LocalDate end = phase.actualEnd();
        return end == null || end.isAfter(periodDate) ? Cell.DASH : Cell.date(end);
    }

    private static BigDecimal weightSum(ReportObjective objective) {
        return objective.phaseWeights() != null ? objective.phaseWeights().sum()
                : objective.phases().stream().map(ReportPhase::weight).filter(w -> w != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Cell dashIfNull(String value) {
        return value == null || value.isBlank() ? Cell.DASH : Cell.text(value);
    }
}
