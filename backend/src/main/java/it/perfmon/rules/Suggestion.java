package it.perfmon.rules;

/**
 * A suggested assessment with a stable code for translation, the facts behind it, and an Italian sentence stating
 * them (the one the Allegato A prints).
 */
public record Suggestion(AssessmentStep step, String reasonCode, String reason, ReasonFacts facts) {
}
