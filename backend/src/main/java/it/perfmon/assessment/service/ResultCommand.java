package it.perfmon.assessment.service;

import java.math.BigDecimal;

/** What a person reports for an indicator in a period; a null field clears what was stored. */
public record ResultCommand(BigDecimal enteredValue, String enteredJustification, String monitoringNote,
        String dataSource, Integer assessmentStep, String deviationExplanation, String correctiveActions) {

    AssessmentCommand assessment() {
        return new AssessmentCommand(assessmentStep, deviationExplanation, correctiveActions);
    }
}
