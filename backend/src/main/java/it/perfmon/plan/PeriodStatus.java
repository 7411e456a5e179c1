package it.perfmon.plan;

/** An open period is editable; a closed one has its values frozen. */
public enum PeriodStatus {
    OPEN, CLOSED
}
