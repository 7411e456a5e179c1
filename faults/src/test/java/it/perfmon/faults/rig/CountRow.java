package it.perfmon.faults.rig;

import java.time.LocalDate;

/** One figure of `POST /api/v1/counts/batch`: a day's count of one component in one territorial unit. */
public record CountRow(long indicatorId, String component, LocalDate from, LocalDate to, String territorialUnit,
        long value) {

    /** The natural key the backend stores a figure under, as text. */
    public String key() {
        return indicatorId + "|" + component + "|" + from + "|" + to + "|" + territorialUnit;
    }
}
