package it.perfmon.phase.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What defines a phase, whoever writes it; its progress is a {@link PhaseProgressCommand}. */
public record PhaseCommand(
        int number,
        String description,
        String output,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String responsible,
        BigDecimal weight) {
}
