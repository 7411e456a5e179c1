package it.perfmon.assessment.rest;

import it.perfmon.assessment.IndicatorResult;
import it.perfmon.assessment.service.ResultService;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Indicator results", description = "Values, notes and assessments (valutazione sintetica) per period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    private final ResultService service;

    ResultResource(ResultService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/periods/{periodId}/results")
    @Operation(operationId = "listResults", summary = "List the results stored for a monitoring period",
            description = "Results stored for a period (entered value, notes, assessment), by objective code and indicator position. Computed values are in the plan report.")
    @APIResponse(responseCode = "200", description = "A page of results, by objective code and indicator position")
    public Page<ResultResponse> list(@PathParam("periodId") long periodId,
            @QueryParam("objectiveId") @Parameter(description = "Only this objective's indicators",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long objectiveId,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.list(periodId, objectiveId).stream().map(r -> ResultResponse.of(r, null)).toList(), page);
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}/results/{periodId}")
    @Operation(operationId = "getResult", summary = "Get an indicator's result in a period, with computed value and suggestion",
            description = "An indicator's result in a period, with the value computed from counts or phases, the value used and the suggested assessment with its reason. For a closed period they are the values frozen when it was closed (evaluation.frozenAt), as in its report.")
    @APIResponse(responseCode = "200", description = "The result; ETag names its version",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("indicatorId") long indicatorId,
            @PathParam("periodId") long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        IndicatorResult result = service.get(indicatorId, periodId);
        return Versions.okWithEtag(ResultResponse.of(result, service.evaluate(result)), result.version, ifNoneMatch);
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @PUT
    @Path("/indicators/{indicatorId}/results/{periodId}")
    @Operation(operationId = "saveResult", summary = "Create or update an indicator's result in an open period",
            description = "The first write creates the result (201); later writes need If-Match with its ETag. "
                    + "Refused with 422 naming deviationExplanation when the indicator is behind after the save "
                    + "(assessmentStep 4 or 5, or its value below its pro-rata share) and the explanation is blank.")
    @APIResponse(responseCode = "422", description = "The indicator is behind and the deviation's explanation is "
            + "missing: the errors name deviationExplanation; nothing is written")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ResultResponse.class)))
    public Response save(@PathParam("indicatorId") long indicatorId,
            @PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ResultRequest request, @Context UriInfo uri) {
        ResultService.Saved saved = service.save(indicatorId, periodId, request.toCommand(), ifMatch);
        ResultResponse body = ResultResponse.of(saved.result(), service.evaluate(saved.result()));
        Response.ResponseBuilder response = saved.created()
                ? Response.created(uri.getRequestUri())
                : Response.ok();
        return response.entity(body).tag(Versions.etag(saved.result().version)).build();
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @DELETE
    @Path("/indicators/{indicatorId}/results/{periodId}")
    @Operation(operationId = "deleteResult", summary = "Delete an indicator's result in an open period",
            description = "Deletes an indicator's result in an open period.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("indicatorId") long indicatorId,
            @PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(indicatorId, periodId, ifMatch);
    }
}
