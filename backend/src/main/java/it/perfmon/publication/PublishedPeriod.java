package it.perfmon.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A closed period of a published plan, as Amministrazione trasparente shows it: published when it was first closed,
 * modified when its frozen snapshot was last taken (a reopened period closed again is the same publication, changed).
 */
public record PublishedPeriod(
        long planId,
        int planYear,
        String planTitle,
        String organisationCode,
        String organisationName,
        long periodId,
        String kind,
        LocalDate referenceDate,
        String label,
        Instant published,
        Instant modified) {

    public boolean isFinal() {
        return "FINAL".equals(kind);
    }
}
