package it.perfmon.indicator.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorService;
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
import jakarta.ws.rs.POST;
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
@Tag(name = "Indicators", description = "Indicators (indicatori) measuring an objective")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;

    IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/objectives/{objectiveId}/indicators")
    @Operation(operationId = "listIndicators", summary = "List an objective's indicators in order",
            description = "Indicators of an objective in order.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    public Page<IndicatorResponse> list(
            @PathParam("objectiveId") long objectiveId,
            @Valid @BeanParam PageRequest page) {
        return service.list(objectiveId, page).map(IndicatorResponse::of);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/objectives/{objectiveId}/indicators")
    @Operation(operationId = "createIndicator", summary = "Add an indicator to an objective",
            description = "Adds an indicator. Its kind decides how its value is obtained: TIMELINE from the objective's phases, RATIO from counted numerator and denominator, RATIO_PLANNED from a counted numerator over plannedQuantity, DIRECT entered by a person.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    public Response create(@PathParam("objectiveId") long objectiveId,
            @Valid @NotNull IndicatorRequest request, @Context UriInfo uri) {
        Indicator indicator = service.create(objectiveId, request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/indicators").path(String.valueOf(indicator.id)).build())
                .tag(Versions.etag(indicator.version)).entity(IndicatorResponse.of(indicator)).build();
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "getIndicator", summary = "Get an indicator",
            description = "One indicator with its baseline and targets. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The indicator; ETag names its version",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("indicatorId") long indicatorId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Indicator indicator = service.get(indicatorId);
        return Versions.okWithEtag(IndicatorResponse.of(indicator), indicator.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "updateIndicator", summary = "Update an indicator (If-Match required)",
            description = "Changes an indicator's definition. Requires If-Match with the ETag read; the kind cannot change once counts exist.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
    public Response update(@PathParam("indicatorId") long indicatorId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull IndicatorRequest request) {
        Indicator indicator = service.update(indicatorId, request.toCommand(), ifMatch);
        return Response.ok(IndicatorResponse.of(indicator)).tag(Versions.etag(indicator.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/indicators/{indicatorId}")
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator; refused when results or counts exist",
            description = "Deletes an indicator. Refused (409) while it has results or counts.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("indicatorId") long indicatorId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(indicatorId, ifMatch);
    }
}
