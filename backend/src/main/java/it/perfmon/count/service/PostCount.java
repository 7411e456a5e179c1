package it.perfmon.count.service;

import it.perfmon.count.CountComponent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One figure to count for an indicator; (component, from, to, territorialUnit) is its natural key. */
public record PostCount(Long indicatorId, CountComponent component, LocalDate from, LocalDate to,
        String territorialUnit, BigDecimal value) {
}
