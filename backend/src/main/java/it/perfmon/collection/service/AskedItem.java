package it.perfmon.collection.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing a structure is asked for in a period: an indicator lacking a value or an assessment (reasons VALUE,
 * ASSESSMENT), or a phase without an actual end that was due by the period's date or is late today (DUE, LATE).
 */
public record AskedItem(Kind kind, long objectiveId, String objectiveCode, long id, int number, String description,
        LocalDate plannedEnd, List<Reason> reasons) {

    @Schema(name = "CollectionItemKind")
    public enum Kind {
        INDICATOR, PHASE
    }

    @Schema(name = "CollectionItemReason")
    public enum Reason {
        VALUE, ASSESSMENT, DUE, LATE
    }

    boolean has(Reason reason) {
        return reasons.contains(reason);
    }
}
