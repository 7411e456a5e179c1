package it.perfmon.rules;

/** How an indicator's value is obtained, which decides how it is judged. */
public enum IndicatorKind {
    /** From the objective's phases. */
    TIMELINE,
    /** Counted numerator over counted denominator: a rate. */
    RATIO,
    /** Counted numerator over the quantity planned for the year: a cumulated quantity. */
    RATIO_PLANNED,
    /** Entered by a person. */
    DIRECT
}
