package it.perfmon.allegato.imports.mapping;

import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.plan.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an Allegato A says about a plan, in the domain's terms and types: the plan as the file wants it, compared
 * with the database by the import. A null where the file has no value; fields the file cannot carry are absent.
 */
public record PlanDraft(
        SourcePosition titleAt,
        String organisationCode,
        String organisationName,
        int year,
        PeriodKind periodKind,
        LocalDate periodDate,
        List<AreaDraft> areas,
        List<Warning> warnings) {

    public record AreaDraft(int number, String title, SourcePosition at, List<ObjectiveDraft> objectives) {
    }

    /** An objective; {@code timeline} is null when the file has no cronoprogramma for it. */
    public record ObjectiveDraft(String code, String title, BigDecimal weight, String notes, String responsible,
            String programmingLink, TimelineDraft timeline, SourcePosition at, List<IndicatorDraft> indicators) {
    }

    public record TimelineDraft(int number, String title, LocalDate deadline, SourcePosition at,
            List<PhaseDraft> phases) {
    }

    /** An indicator at its position (from 1) among its objective's rows, with the result the file reports. */
    public record IndicatorDraft(int position, String description, IndicatorKindRule.Inference kind,
            BigDecimal baselineValue, String baselineReference, BigDecimal targetValue, BigDecimal nextYearsTargetValue,
            String nextYearsTargetRule, String planningNote, ResultDraft result, SourcePosition at) {
    }

    /**
     * What the file reports for the indicator in its period; {@code achieved} null for "-". The deviation's
     * explanation and corrective actions count only where {@code deviationInFile}: a file without their columns
     * says nothing of them.
     */
    public record ResultDraft(BigDecimal achieved, String monitoringNote, String dataSource, Integer assessmentStep,
            boolean deviationInFile, String deviationExplanation, String correctiveActions, SourcePosition at) {

        public boolean isEmpty() {
            return achieved == null && monitoringNote == null && dataSource == null && assessmentStep == null
                    && deviationExplanation == null && correctiveActions == null;
        }
    }

    public record PhaseDraft(int number, String description, String output, LocalDate plannedStart,
            LocalDate plannedEnd, String responsible, BigDecimal weight, LocalDate actualEnd, String monitoringNote,
            String dataSource, SourcePosition at) {
    }

    /** Something odd in the file that does not stop the import, such as weights that do not sum to 100. */
    /** An oddity of the file, in Italian, with a stable code and its parameters for clients in other languages. */
    public record Warning(SourcePosition at, String message, String code, java.util.Map<String, String> params) {
    }
}
