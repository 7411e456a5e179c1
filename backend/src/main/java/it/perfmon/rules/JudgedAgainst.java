package it.perfmon.rules;

/**
 * What an indicator's value is compared with when the assessment is suggested. A level (customer satisfaction,
 * a rate of applications handled) is held to its target at every date; a quantity that builds up over the year
 * (interviews delivered, staff trained) is held to the share of the target due by the period's date. Timelines
 * are judged by their phases' dates and ignore this.
 */
public enum JudgedAgainst {
    /** The value against the target itself. */
    TARGET,
    /** The value against the pro-rata share of the target at the period's date. */
    PRO_RATA;

    /** What a new indicator of that kind is judged against unless someone says otherwise. */
    public static JudgedAgainst defaultFor(IndicatorKind kind) {
        return kind == IndicatorKind.RATIO ? TARGET : PRO_RATA;
    }
}
