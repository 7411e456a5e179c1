package it.perfmon.count.service;

import it.perfmon.count.IndicatorCount;

/** What posting one figure did, and the figure as stored. */
public record PostedCount(Outcome outcome, IndicatorCount count) {

    /** A retry of the same figure is unchanged, never a second figure. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }
}
