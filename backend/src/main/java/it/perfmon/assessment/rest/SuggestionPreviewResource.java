package it.perfmon.assessment.rest;

import it.perfmon.assessment.service.ResultService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Indicator results")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionPreviewResource {

    private final ResultService results;

    SuggestionPreviewResource(ResultService results) {
        this.results = results;
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}/results/{periodId}/suggestion")
    @Operation(operationId = "previewSuggestion", summary = "The suggested assessment for a value not yet saved",
            description = "Computes, by the same rules as the saved result, the value used and the suggested assessment with its reason as they would be if the result's entered value were enteredValue (absent: no entered value, so the computed value is used). Nothing is stored. Forms call it while a person types, so that the suggestion shown, and accepted, is the one saving will give.")
    @APIResponse(responseCode = "200", description = "The value and suggestion for that entered value",
            content = @Content(schema = @Schema(implementation = SuggestionPreviewResponse.class)))
    public SuggestionPreviewResponse preview(
            @PathParam("indicatorId") long indicatorId,
            @PathParam("periodId") long periodId,
            @QueryParam("enteredValue") @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 13, fraction = 6)
            @Parameter(description = "The entered value (percent) being typed; absent for none",
                    schema = @Schema(type = SchemaType.NUMBER, format = "decimal128", minimum = "0", maximum = "1000000"))
            BigDecimal enteredValue) {
        return SuggestionPreviewResponse.of(results.preview(indicatorId, periodId, enteredValue));
    }
}
