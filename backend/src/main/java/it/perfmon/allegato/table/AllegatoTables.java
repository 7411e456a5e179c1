package it.perfmon.allegato.table;

import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.ReportArea;
import java.util.List;
import java.util.Locale;

/** Turns the report of a plan at a period into the Allegato A's tables. */
public final class AllegatoTables {

    private static final Locale ITALIAN = Locale.ITALY;

    private AllegatoTables() {
    }

    public static AllegatoTable from(PlanReport report) {
        PlanReport.ReportPlan plan = report.plan();
        PlanReport.ReportPeriod period = report.period();
        String periodLabel = "FINAL".equals(period.kind()) ? "monitoraggio finale" : "monitoraggio intermedio";
        String title = plan.organisationName().toUpperCase(ITALIAN) + " (" + plan.organisationCode() + ") - "
                + periodLabel.toUpperCase(ITALIAN) + " AL " + ItalianText.date(period.referenceDate());
        List<Grid> timelines = report.areas().stream().map(ReportArea::objectives).flatMap(List::stream)
                .filter(o -> !o.phases().isEmpty())
                .map(o -> TimelineTableBuilder.build(o, plan.organisationCode(), period.referenceDate()))
                .toList();
        return new AllegatoTable(plan.organisationCode(), plan.organisationName(), plan.year(), plan.title(),
                periodLabel, period.referenceDate(), title, MainTableBuilder.build(report, title), timelines);
    }
}
