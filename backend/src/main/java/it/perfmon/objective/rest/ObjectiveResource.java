package it.perfmon.objective.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
@Tag(name = "Objectives", description = "Weighted objectives (obiettivi) of a plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectiveResource {

    private final ObjectiveService service;

    ObjectiveResource(ObjectiveService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/plans/{planId}/objectives")
    @Operation(operationId = "listObjectives", summary = "List a plan's objectives by code, with filters",
            description = "Objectives of a plan ordered by code as people read them (1.2 before 1.10), filtered by area, responsible structure or regional-programming link.")
    @APIResponse(responseCode = "200", description = "A page of objectives")
    public Page<ObjectiveResponse> list(
            @PathParam("planId") long planId,
            @QueryParam("areaId") @Parameter(description = "Only this strategic area", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long areaId,
            @QueryParam("structureId") @Parameter(description = "Only this responsible structure", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long structureId,
            @QueryParam("programmingLink") @Size(max = 200)
            @Parameter(description = "Only objectives whose regional-programming link contains this text, e.g. DEFR",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String programmingLink,
            @Valid @BeanParam PageRequest page) {
        return service.list(planId, new ObjectiveService.Filter(areaId, structureId, programmingLink), page)
                .map(ObjectiveResponse::of);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/plans/{planId}/objectives")
    @Operation(operationId = "createObjective", summary = "Add an objective to a plan",
            description = "Adds an objective to an area of the plan. Its code is unique in the plan; the weight may stay empty until decided, and the plan then warns that weights do not sum to 100.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response create(@PathParam("planId") long planId,
            @Valid @NotNull ObjectiveRequest request, @Context UriInfo uri) {
        Objective objective = service.create(planId, request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/objectives").path(String.valueOf(objective.id)).build())
                .tag(Versions.etag(objective.version)).entity(ObjectiveResponse.of(objective)).build();
    }

    @PermitAll
    @GET
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "getObjective", summary = "Get an objective",
            description = "One objective with its responsible structure and regional-programming link. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The objective; ETag names its version",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("objectiveId") long objectiveId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Objective objective = service.get(objectiveId);
        return Versions.okWithEtag(ObjectiveResponse.of(objective), objective.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "updateObjective", summary = "Update an objective (If-Match required)",
            description = "Changes an objective's definition. Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response update(@PathParam("objectiveId") long objectiveId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ObjectiveRequest request) {
        Objective objective = service.update(objectiveId, request.toCommand(), ifMatch);
        return Response.ok(ObjectiveResponse.of(objective)).tag(Versions.etag(objective.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/objectives/{objectiveId}")
    @Operation(operationId = "deleteObjective",
            summary = "Delete an objective with its indicators and phases; refused when results or counts exist",
            description = "Deletes an objective with its indicators and phases. Refused (409) while any of its indicators has results or counts: the monitoring history is never cascaded away.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("objectiveId") long objectiveId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(objectiveId, ifMatch);
    }
}
