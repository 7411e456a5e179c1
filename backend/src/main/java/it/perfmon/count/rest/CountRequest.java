package it.perfmon.count.rest;

import it.perfmon.count.CountComponent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One figure for an indicator; (component, from, to, territorialUnit) is its natural key. */
@Schema(name = "CountInput")
public record CountRequest(
        @NotNull CountComponent component,
        @NotNull @Schema(description = "First day counted", example = "2021-03-01") LocalDate from,
        @NotNull @Schema(description = "Last day counted", example = "2021-03-31") LocalDate to,
        @Size(max = 32) @Schema(maxLength = 32, example = "FI-PO",
                description = "Territorial unit code; none for a total") String territorialUnit,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 15, fraction = 4)
        @Schema(format = "decimal128", minimum = "0", maximum = "1000000000000", example = "6412",
                description = "How many were counted: a whole number, unless the indicator's decimalCounts is true "
                        + "(a decimal unit such as hours); a fraction for any other indicator is refused with 400")
        BigDecimal value) {
}
