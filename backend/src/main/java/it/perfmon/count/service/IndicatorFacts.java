package it.perfmon.count.service;

import it.perfmon.rules.IndicatorKind;

/** What checking a figure needs to know of its indicator, read as plain columns rather than as entities. */
record IndicatorFacts(long id, IndicatorKind kind, int planYear, long organisationId, long structureId,
        boolean decimalCounts, long planId) {
}
