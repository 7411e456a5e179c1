package it.perfmon.rules;

import java.time.LocalDate;
import java.util.Objects;

/** The days a figure covers, of one component, for one territorial unit (null: the total of all units). */
public record CountSpan(String component, LocalDate from, LocalDate to, String unit) {

    public boolean sameKey(CountSpan other) {
        return component.equals(other.component) && from.equals(other.from) && to.equals(other.to)
                && Objects.equals(unit, other.unit);
    }

    /**
     * Two different spans would count the same days twice when they overlap for the same component and either
     * the same unit or a total on one side (the total already includes every unit).
     */
    public boolean countsTwiceWith(CountSpan other) {
        if (sameKey(other) || !component.equals(other.component)) {
            return false;
        }
        boolean sameDays = !from.isAfter(other.to) && !other.from.isAfter(to);
        boolean sameUnits = unit == null || other.unit == null || unit.equals(other.unit);
        return sameDays && sameUnits;
    }
}
