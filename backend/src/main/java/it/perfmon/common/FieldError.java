package it.perfmon.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault in a request, named by its JSON path (e.g. {@code phases[1].weight}). */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "weight") String field,
        @Schema(example = "deve essere compreso tra 0 e 100") String message) {
}
