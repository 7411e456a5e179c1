package it.perfmon.count;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator's value at a period from its counts, with the share of each territorial unit on demand; frozen beside
 * the report when a period closes, so this is also the format of stored snapshots.
 */
@Schema(name = "CountedValue")
public record CountedValue(
        @Schema(format = "int64") long indicatorId,
        @Schema(format = "int64") long periodId,
        @Schema(format = "decimal128", nullable = true, description = "Sum of numerator counts ending by the period's date")
        BigDecimal numerator,
        @Schema(format = "decimal128", nullable = true, description = "Sum of denominator counts, or the planned quantity")
        BigDecimal denominator,
        @Schema(format = "decimal128", nullable = true, description = "Percent, unrounded", example = "188.935")
        BigDecimal computedValue,
        @Schema(nullable = true, description = "With by=unit: one row per territorial unit, and one for totals without "
                + "unit; null for a period closed before the units' figures were kept at closing")
        List<UnitValue> units,
        @Schema(nullable = true, description = "Set when the period is closed: the figures are those frozen when it was "
                + "closed, at this time, not today's")
        Instant frozenAt) {

    /** The same figures as frozen at a period's closing. */
    public CountedValue frozenAt(Instant closedAt) {
        return new CountedValue(indicatorId, periodId, numerator, denominator, computedValue, units, closedAt);
    }

    public CountedValue withoutUnits() {
        return new CountedValue(indicatorId, periodId, numerator, denominator, computedValue, null, frozenAt);
    }

    @Schema(name = "CountedUnitValue")
    public record UnitValue(
            @Schema(nullable = true, description = "Territorial unit code; null for figures counted as totals",
                    example = "FI-PO") String territorialUnit,
            @Schema(nullable = true, example = "Firenze e Prato") String name,
            @Schema(format = "decimal128", nullable = true) BigDecimal numerator,
            @Schema(format = "decimal128", nullable = true) BigDecimal denominator,
            @Schema(format = "decimal128", nullable = true, description = "The unit's value, in percent; against a planned "
                    + "quantity it is the unit's share of the plan, so the units add up to the total") BigDecimal computedValue) {
    }
}
