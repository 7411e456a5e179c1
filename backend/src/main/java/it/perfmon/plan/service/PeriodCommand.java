package it.perfmon.plan.service;

import it.perfmon.plan.PeriodKind;
import java.time.LocalDate;

/** What defines a monitoring period; opening and closing it are acts of their own. */
public record PeriodCommand(PeriodKind kind, LocalDate referenceDate, String label) {
}
