package it.perfmon.assessment.service;

/**
 * A person's judgment of an indicator in a period: the step and, where it is behind, why and what is being done; a
 * null field clears what was stored. The values and notes of the same record are left as they are.
 */
public record AssessmentCommand(Integer step, String deviationExplanation, String correctiveActions) {
}
