package it.perfmon.collection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReturnCollectionPartInput")
public record ReturnPartRequest(
        @NotBlank @Size(max = 1000)
        @Schema(required = true, minLength = 1, maxLength = 1000, description = "Why the part goes back to the structure; kept in the audit trail",
                example = "Manca la valutazione dell'indicatore 1.2.1") String reason) {
}
