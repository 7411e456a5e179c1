package it.perfmon.rules;

/** A suggested assessment with a stable code for translation and an Italian sentence stating the facts. */
public record Suggestion(AssessmentStep step, String reasonCode, String reason) {
}
