package it.perfmon.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one shape of every error this API returns. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        @Schema(description = "URI identifying the kind of problem", example = "urn:perfmon:problem:validation", format = "uri-reference")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Dati non validi")
        String title,
        @Schema(description = "HTTP status code", format = "int32", minimum = "100", maximum = "599", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", example = "La richiesta contiene campi non validi")
        String detail,
        @Schema(description = "URI of the request that caused the problem", format = "uri-reference", example = "/api/v1/objectives/12")
        String instance,
        @Schema(description = "The fields at fault, when the problem is about the request's content")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
