package it.perfmon.count.service;

import it.perfmon.count.CountComponent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure a batch creates; its value is the last one the batch gives for its key. */
final class NewFigure {

    final long indicatorId;
    final CountComponent component;
    final LocalDate from;
    final LocalDate to;
    final Long unitId;
    BigDecimal value;

    NewFigure(long indicatorId, CountComponent component, LocalDate from, LocalDate to, Long unitId, BigDecimal value) {
        this.indicatorId = indicatorId;
        this.component = component;
        this.from = from;
        this.to = to;
        this.unitId = unitId;
        this.value = value;
    }
}
