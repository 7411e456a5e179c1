package it.perfmon.rules;

/** Why a figure is refused, and the field of the figure at fault. */
public record FigureProblem(String field, String message) {
}
