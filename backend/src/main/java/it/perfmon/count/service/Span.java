package it.perfmon.count.service;

import java.time.LocalDate;

/** The days a figure covers, for one territorial unit (null: the total of all units). */
record Span(String component, LocalDate from, LocalDate to, String unit) {

    boolean sameKey(Span other) {
        return component.equals(other.component) && from.equals(other.from) && to.equals(other.to)
                && java.util.Objects.equals(unit, other.unit);
    }

    /**
     * Two different spans would count the same days twice when they overlap for the same component and either
     * the same unit or a total on one side (the total already includes every unit).
     */
    boolean countsTwiceWith(Span other) {
        if (sameKey(other) || !component.equals(other.component)) {
            return false;
        }
        boolean sameDays = !from.isAfter(other.to) && !other.from.isAfter(to);
        boolean sameUnits = unit == null || other.unit == null || unit.equals(other.unit);
        return sameDays && sameUnits;
    }
}
