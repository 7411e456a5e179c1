package it.perfmon.phase.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What is reported about a phase's progress, whoever reports it. */
public record PhaseProgressCommand(
        LocalDate actualEnd,
        BigDecimal partialProgress,
        String monitoringNote,
        String dataSource) {
}
