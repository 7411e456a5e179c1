package it.perfmon.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault in a request, named by its JSON path (e.g. {@code phases[1].weight}). */
@Schema(name = "FieldError")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(example = "weight") String field,
        @Schema(example = "deve essere compreso tra 0 e 100") String message,
        @Schema(format = "int32", nullable = true, description = "Position of the row at fault in a batch, from 0")
        Integer index) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
