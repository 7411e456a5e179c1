package it.perfmon.report.service;

import java.time.LocalDate;

/** Where a phase stands at a period's date, as the timeline view marks it. */
enum PhaseStatus {
    COMPLETED, LATE, IN_PROGRESS, NOT_STARTED;

    static PhaseStatus at(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd, LocalDate date) {
        if (actualEnd != null && !actualEnd.isAfter(date)) {
            return COMPLETED;
        }
        if (plannedEnd.isBefore(date)) {
            return LATE;
        }
        return plannedStart.isAfter(date) ? NOT_STARTED : IN_PROGRESS;
    }
}
