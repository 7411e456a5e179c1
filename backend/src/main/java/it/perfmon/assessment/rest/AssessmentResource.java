package it.perfmon.assessment.rest;

import it.perfmon.assessment.service.AssessmentService;
import it.perfmon.assessment.service.AssessmentView;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Assessments", description = "The valutazione sintetica of each indicator per period, with the deviation's "
        + "explanation and corrective actions; the same record as the indicator's result, sharing its version")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/periods/{periodId}/assessments")
    @Operation(operationId = "listAssessments", summary = "List the assessments of a monitoring period",
            description = "One entry per indicator of the period's plan, assessed or not, by objective code and indicator "
                    + "position, filtered by responsible structure, objective, step and state. For a closed period the "
                    + "steps, suggestions and deviations are those frozen at closing, as in its report.")
    @APIResponse(responseCode = "200", description = "A page of assessments, by objective code and indicator position")
    public Page<AssessmentResponse> list(@PathParam("periodId") long periodId, @Valid @BeanParam AssessmentQuery query,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.list(periodId, query.toFilter()), page).map(AssessmentResponse::of);
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}/assessments")
    @Operation(operationId = "listIndicatorAssessments", summary = "List an indicator's assessments across its plan's periods",
            description = "The indicator's assessment at each monitoring period of its plan, by reference date, "
                    + "including the periods where it is not assessed yet.")
    @APIResponse(responseCode = "200", description = "A page of assessments, by the periods' reference date")
    public Page<AssessmentResponse> history(@PathParam("indicatorId") long indicatorId,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.history(indicatorId), page).map(AssessmentResponse::of);
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}/assessments/{periodId}")
    @Operation(operationId = "getAssessment", summary = "Get an indicator's assessment in a period",
            description = "The step, the suggestion with its reason, the deviation where the indicator is behind, its "
                    + "explanation and corrective actions, who assessed and when, and the state. The ETag is the "
                    + "version of the record shared with the indicator's result; there is none while the record "
                    + "does not exist (state MISSING, version null).")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("indicatorId") long indicatorId, @PathParam("periodId") long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        AssessmentView view = service.get(indicatorId, periodId);
        AssessmentResponse body = AssessmentResponse.of(view);
        return view.version() == null ? Response.ok(body).build()
                : Versions.okWithEtag(body, view.version(), ifNoneMatch);
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @PUT
    @Path("/indicators/{indicatorId}/assessments/{periodId}")
    @Operation(operationId = "saveAssessment", summary = "Save an indicator's assessment in an open period",
            description = "Sets the step, the deviation's explanation and the corrective actions, leaving the entered "
                    + "value and the notes of the record as they are. The first write creates the record (201); once it "
                    + "exists (by this or by saving the result) If-Match must name its ETag. Refused with 422 naming "
                    + "deviationExplanation when the indicator is behind after the save (step 4 or 5, or its value "
                    + "below its pro-rata share) and the explanation is blank; with 409 when the period is closed or "
                    + "the structure's part is submitted or accepted (editors).")
    @APIResponse(responseCode = "200", description = "Updated; ETag names the new version",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "201", description = "Created; ETag names its version",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "422", description = "The indicator is behind and the deviation's explanation is "
            + "missing: the errors name deviationExplanation; nothing is written")
    public Response save(@PathParam("indicatorId") long indicatorId, @PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssessmentRequest request, @Context UriInfo uri) {
        AssessmentService.Saved saved = service.save(indicatorId, periodId, request.toCommand(), ifMatch);
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(AssessmentResponse.of(saved.assessment()))
                .tag(Versions.etag(saved.assessment().version())).build();
    }
}
