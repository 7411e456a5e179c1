package it.perfmon.count.rest;

import it.perfmon.count.CountComponent;
import it.perfmon.count.service.PostCount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 5.000 figures, applied all together or not at all. */
@Schema(name = "CountBatchInput")
public record CountBatchRequest(
        @NotEmpty @Size(max = 5000) List<@Valid @NotNull Row> rows) {

    @Schema(name = "CountBatchRow")
    public record Row(
            @NotNull @Schema(format = "int64") Long indicatorId,
            @NotNull CountComponent component,
            @NotNull @Schema(example = "2021-03-01") LocalDate from,
            @NotNull @Schema(example = "2021-03-31") LocalDate to,
            @Size(max = 32) @Schema(maxLength = 32, example = "FI-PO") String territorialUnit,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 15, fraction = 4)
            @Schema(format = "decimal128", minimum = "0", maximum = "1000000000000", example = "6412",
                description = "How many were counted: a whole number, unless the indicator's decimalCounts is true "
                        + "(a decimal unit such as hours); a fraction for any other indicator is refused with 400")
        BigDecimal value) {

        public PostCount command() {
            return new PostCount(indicatorId, component, from, to, territorialUnit, value);
        }
    }
}
