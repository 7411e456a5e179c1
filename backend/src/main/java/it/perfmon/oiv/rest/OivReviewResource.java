package it.perfmon.oiv.rest;

import it.perfmon.common.ProblemDetail;
import it.perfmon.common.Versions;
import it.perfmon.oiv.service.OivReviews;
import it.perfmon.oiv.service.OivWork;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/**
 * The OIV's (Organismo Indipendente di Valutazione) review of a period: per objective a check outcome with its
 * observations, and the validation of the closed final period. Administrators and the OIV read them; only the OIV
 * writes them. They are not plan data, so a closed period takes them.
 */
// At /api/v1, as every resource: a class at /api/v1/periods/{periodId} would take every path below it from the others.
@Path("/api/v1")
@Tag(name = "OIV review", description = "The Organismo Indipendente di Valutazione's check of each objective against "
        + "its evidence, and its validation of the closed final period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OivReviewResource {

    private static final String WHO_READS = " Administrators and the OIV only.";

    private final OivReviews reviews;
    private final OivWork work;

    OivReviewResource(OivReviews reviews, OivWork work) {
        this.reviews = reviews;
        this.work = work;
    }

    @GET
    @Path("/periods/{periodId}/oiv-reviews")
    @RolesAllowed({Role.ADMIN, Role.OIV_ROLE})
    @Operation(operationId = "listOivReviews", summary = "List the objectives of a period with the OIV's review of each",
            description = "Every objective of the period's plan, by code, with its responsible structure and the OIV's "
                    + "outcome and observations where given; objectives and reviewed count them, for the OIV's "
                    + "progress." + WHO_READS)
    @APIResponse(responseCode = "200", description = "The objectives and their reviews",
            content = @Content(schema = @Schema(implementation = OivReviewListResponse.class)))
    public OivReviewListResponse list(@PathParam("periodId") long periodId) {
        return OivReviewListResponse.of(reviews.forPeriod(periodId));
    }

    @GET
    @Path("/periods/{periodId}/oiv-reviews/{objectiveId}")
    @RolesAllowed({Role.ADMIN, Role.OIV_ROLE})
    @Operation(operationId = "getOivReview", summary = "Get the OIV's review of an objective in a period",
            description = "The objective and the OIV's outcome and observations, who and when. While the objective is "
                    + "not reviewed the answer is 200 with outcome and version null and no ETag; once reviewed the ETag "
                    + "names the review's version. 404 when the objective is not of the period's plan." + WHO_READS)
    @APIResponse(responseCode = "200", description = "The review, or the objective not reviewed yet",
            content = @Content(schema = @Schema(implementation = OivReviewResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("periodId") long periodId, @PathParam("objectiveId") long objectiveId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        OivReviewResponse body = OivReviewResponse.of(periodId, work.review(periodId, objectiveId));
        return body.version() == null ? Response.ok(body).build()
                : Versions.okWithEtag(body, body.version(), ifNoneMatch);
    }

    @PUT
    @Path("/periods/{periodId}/oiv-reviews/{objectiveId}")
    @RolesAllowed(Role.OIV_ROLE)
    @Operation(operationId = "saveOivReview", summary = "Record the OIV's review of an objective in a period",
            description = "Sets the outcome and the observations, recording who and when, in the audit trail (entity "
                    + "type oivReview). The first write creates the review (201); once it exists If-Match must name its "
                    + "ETag (428 without, 412 when stale). Open and closed periods alike: the review is not plan data. "
                    + "Observations are required unless the outcome is VERIFIED (422 naming observations; nothing is "
                    + "written). The OIV only: administrators and everyone else get 403.")
    @APIResponse(responseCode = "200", description = "Updated; ETag names the new version",
            content = @Content(schema = @Schema(implementation = OivReviewResponse.class)))
    @APIResponse(responseCode = "201", description = "Created; ETag names its version",
            content = @Content(schema = @Schema(implementation = OivReviewResponse.class)))
    @APIResponse(responseCode = "422", description = "An outcome other than VERIFIED without observations",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response save(@PathParam("periodId") long periodId, @PathParam("objectiveId") long objectiveId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OivReviewRequest request, @Context UriInfo uri) {
        OivWork.Saved<OivReviews.ObjectiveReview> saved = work.saveReview(periodId, objectiveId, request.toCommand(),
                ifMatch);
        OivReviewResponse body = OivReviewResponse.of(periodId, saved.value());
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(body).tag(Versions.etag(body.version())).build();
    }

    @GET
    @Path("/periods/{periodId}/oiv-validation")
    @RolesAllowed({Role.ADMIN, Role.OIV_ROLE})
    @Operation(operationId = "getOivValidation", summary = "Get the OIV's validation of a closed final period",
            description = "The outcome, the reasoning, who and when; the ETag names its version. 404 while the OIV has "
                    + "given none." + WHO_READS)
    @APIResponse(responseCode = "200", description = "The validation",
            content = @Content(schema = @Schema(implementation = OivValidationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "Unknown period, or not validated yet",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response getValidation(@PathParam("periodId") long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        OivValidationResponse body = OivValidationResponse.of(work.validation(periodId));
        return Versions.okWithEtag(body, body.version(), ifNoneMatch);
    }

    @PUT
    @Path("/periods/{periodId}/oiv-validation")
    @RolesAllowed(Role.OIV_ROLE)
    @Operation(operationId = "saveOivValidation", summary = "Record the OIV's validation of a closed final period",
            description = "Sets the outcome and the reasoning (required, not blank), recording who and when, in the audit "
                    + "trail (entity type oivValidation). The first write creates it (201); once it exists If-Match must "
                    + "name its ETag (428 without, 412 when stale). Refused with 409 naming periodId when the period is "
                    + "interim or not closed. The OIV only: administrators and everyone else get 403.")
    @APIResponse(responseCode = "200", description = "Updated; ETag names the new version",
            content = @Content(schema = @Schema(implementation = OivValidationResponse.class)))
    @APIResponse(responseCode = "201", description = "Created; ETag names its version",
            content = @Content(schema = @Schema(implementation = OivValidationResponse.class)))
    @APIResponse(responseCode = "409", description = "The period is not the final one, or not closed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response saveValidation(@PathParam("periodId") long periodId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OivValidationRequest request, @Context UriInfo uri) {
        OivWork.Saved<OivReviews.Validation> saved = work.saveValidation(periodId, request.toCommand(), ifMatch);
        OivValidationResponse body = OivValidationResponse.of(saved.value());
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(body).tag(Versions.etag(body.version())).build();
    }
}
