package it.perfmon.plan.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.service.PeriodService;
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
@Tag(name = "Monitoring periods", description = "The dates at which a plan's progress is reported")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {

    private final PeriodService service;

    PeriodResource(PeriodService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/plans/{planId}/periods")
    @Operation(operationId = "listPeriods", summary = "List a plan's monitoring periods by date",
            description = "Monitoring periods of a plan by date (interim at 30 June, final at 31 December).")
    @APIResponse(responseCode = "200", description = "A page of periods")
    public Page<PeriodResponse> list(@PathParam("planId") long planId,
            @Valid @BeanParam PageRequest page) {
        return service.list(planId, page).map(PeriodResponse::of);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/plans/{planId}/periods")
    @Operation(operationId = "createPeriod", summary = "Add a monitoring period to a plan",
            description = "Adds a monitoring period; its reference date must fall within the plan's year and be unique in the plan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    public Response create(@PathParam("planId") long planId,
            @Valid @NotNull PeriodRequest request, @Context UriInfo uri) {
        MonitoringPeriod period = service.create(planId, request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/periods").path(String.valueOf(period.id)).build())
                .tag(Versions.etag(period.version)).entity(PeriodResponse.of(period)).build();
    }

    @PermitAll
    @GET
    @Path("/periods/{periodId}")
    @Operation(operationId = "getPeriod", summary = "Get a monitoring period",
            description = "One monitoring period, with its status (OPEN or CLOSED). ETag names its version.")
    @APIResponse(responseCode = "200", description = "The period; ETag names its version",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("periodId") long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        MonitoringPeriod period = service.get(periodId);
        return Versions.okWithEtag(PeriodResponse.of(period), period.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/periods/{periodId}")
    @Operation(operationId = "updatePeriod", summary = "Update a monitoring period (If-Match required)",
            description = "Changes a period's kind, date or label. Requires If-Match with the ETag read. A closed "
                    + "period is not edited (409): its published Allegato A carries them.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    public Response update(@PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PeriodRequest request) {
        MonitoringPeriod period = service.update(periodId, request.toCommand(), ifMatch);
        return Response.ok(PeriodResponse.of(period)).tag(Versions.etag(period.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/periods/{periodId}")
    @Operation(operationId = "deletePeriod", summary = "Delete an open monitoring period that holds no results",
            description = "Deletes a period. Refused (409) while results are recorded in it or while it is closed (its frozen report would go with it).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(periodId, ifMatch);
    }
}
