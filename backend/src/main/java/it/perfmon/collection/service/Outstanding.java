package it.perfmon.collection.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a part is still missing: indicators needing a value or assessment, phases due, phases late. */
@Schema(name = "CollectionOutstanding")
public record Outstanding(int indicators, int phasesDue, int phasesLate) {

    static Outstanding of(List<AskedItem> items) {
        return new Outstanding(
                (int) items.stream().filter(i -> i.kind() == AskedItem.Kind.INDICATOR).count(),
                (int) items.stream().filter(i -> i.has(AskedItem.Reason.DUE)).count(),
                (int) items.stream().filter(i -> i.has(AskedItem.Reason.LATE)).count());
    }
}
