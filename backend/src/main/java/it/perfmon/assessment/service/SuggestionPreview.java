package it.perfmon.assessment.service;

import it.perfmon.assessment.rest.SuggestionPreviewResponse;
import it.perfmon.common.ProblemException;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorService;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.report.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/**
 * The suggestion for a value still being typed, by the very rules that will judge it once saved: a form that
 * offers "accept the suggestion and save" must offer the suggestion that saving will show, never a stale one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SuggestionPreview {

    private final IndicatorService indicators;
    private final PeriodService periods;
    private final ReportService reports;

    SuggestionPreview(IndicatorService indicators, PeriodService periods, ReportService reports) {
        this.indicators = indicators;
        this.periods = periods;
        this.reports = reports;
    }

    public SuggestionPreviewResponse preview(long indicatorId, long periodId, BigDecimal enteredValue) {
        Indicator indicator = indicators.get(indicatorId);
        MonitoringPeriod period = periods.get(periodId);
        if (!period.plan.id.equals(indicator.objective.plan.id)) {
            throw ProblemException.invalid("periodId", "il periodo " + periodId + " non appartiene al piano dell'indicatore");
        }
        return SuggestionPreviewResponse.of(reports.indicatorWithEnteredValue(indicator, period, enteredValue));
    }
}
