package it.perfmon.plan;

/** Interim periods report part of the year; the final one closes it. */
public enum PeriodKind {
    INTERIM, FINAL
}
