package it.perfmon.assessment.service;

import it.perfmon.assessment.AssessmentState;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import java.time.LocalDate;

/**
 * An indicator's assessment in a period, read off the period's report (frozen when the period is closed) with the
 * state of its structure's part of the collection.
 */
public record AssessmentView(
        long objectiveId,
        String objectiveCode,
        long structureId,
        String structureCode,
        long periodId,
        String periodLabel,
        LocalDate periodDate,
        ReportIndicator indicator,
        AssessmentState state) {

    public Integer step() {
        return indicator.result().assessment() == null ? null : indicator.result().assessment().step();
    }

    /** The version of the record the assessment shares with the result; null while there is none. */
    public Integer version() {
        return indicator.result().resultVersion();
    }
}
