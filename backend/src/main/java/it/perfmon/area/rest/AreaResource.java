package it.perfmon.area.rest;

import it.perfmon.area.StrategicArea;
import it.perfmon.area.service.AreaService;
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
@Tag(name = "Strategic areas", description = "Ambiti strategici grouping a plan's objectives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaResource {

    private final AreaService service;

    AreaResource(AreaService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/plans/{planId}/areas")
    @Operation(operationId = "listAreas", summary = "List a plan's strategic areas by number",
            description = "Strategic areas (ambiti strategici) of a plan by number.")
    @APIResponse(responseCode = "200", description = "A page of areas")
    public Page<AreaResponse> list(@PathParam("planId") long planId,
            @Valid @BeanParam PageRequest page) {
        return service.list(planId, page).map(AreaResponse::of);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/plans/{planId}/areas")
    @Operation(operationId = "createArea", summary = "Add a strategic area to a plan",
            description = "Adds a strategic area; its number is unique in the plan.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AreaResponse.class)))
    public Response create(@PathParam("planId") long planId,
            @Valid @NotNull AreaRequest request, @Context UriInfo uri) {
        StrategicArea area = service.create(planId, request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/areas").path(String.valueOf(area.id)).build())
                .tag(Versions.etag(area.version)).entity(AreaResponse.of(area)).build();
    }

    @PermitAll
    @GET
    @Path("/areas/{areaId}")
    @Operation(operationId = "getArea", summary = "Get a strategic area",
            description = "One strategic area. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The area; ETag names its version",
            content = @Content(schema = @Schema(implementation = AreaResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("areaId") long areaId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        StrategicArea area = service.get(areaId);
        return Versions.okWithEtag(AreaResponse.of(area), area.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/areas/{areaId}")
    @Operation(operationId = "updateArea", summary = "Update a strategic area (If-Match required)",
            description = "Changes an area's number or title. Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = AreaResponse.class)))
    public Response update(@PathParam("areaId") long areaId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AreaRequest request) {
        StrategicArea area = service.update(areaId, request.toCommand(), ifMatch);
        return Response.ok(AreaResponse.of(area)).tag(Versions.etag(area.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/areas/{areaId}")
    @Operation(operationId = "deleteArea", summary = "Delete a strategic area that has no objectives",
            description = "Deletes an area. Refused (409) while it has objectives.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("areaId") long areaId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(areaId, ifMatch);
    }
}
