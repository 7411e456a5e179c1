package it.perfmon.count.rest;

import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Count")
public record CountResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long indicatorId,
        CountComponent component,
        LocalDate from,
        LocalDate to,
        @Schema(nullable = true, example = "FI-PO") String territorialUnit,
        @Schema(format = "decimal128") BigDecimal value,
        @Schema(nullable = true, description = "User or token (token:<id>) that last posted it", example = "token:12")
        String updatedBy,
        Instant updatedAt) {

    public static CountResponse of(IndicatorCount c) {
        return new CountResponse(c.id, c.indicator.id, c.component, c.spanStart, c.spanEnd,
                c.territorialUnit == null ? null : c.territorialUnit.code, c.value, c.updatedBy, c.updatedAt);
    }
}
