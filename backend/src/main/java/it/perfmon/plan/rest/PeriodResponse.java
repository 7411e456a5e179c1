package it.perfmon.plan.rest;

import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringPeriod")
public record PeriodResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long planId,
        PeriodKind kind,
        LocalDate referenceDate,
        @Schema(example = "Monitoraggio intermedio al 30/06/2021") String label,
        PeriodStatus status,
        @Schema(format = "int32") int version,
        Instant updatedAt,
        @Schema(nullable = true, description = "When the period was closed; null while open") Instant closedAt,
        @Schema(nullable = true, example = "admin") String closedBy) {

    public static PeriodResponse of(MonitoringPeriod period) {
        return new PeriodResponse(period.id, period.plan.id, period.kind, period.referenceDate, period.label,
                period.status, period.version, period.updatedAt,
                period.closedAt, period.closedBy);
    }
}
