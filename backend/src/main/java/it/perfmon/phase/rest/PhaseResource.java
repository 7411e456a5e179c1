package it.perfmon.phase.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.phase.Phase;
import it.perfmon.phase.service.PhaseService;
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
@Tag(name = "Phases", description = "Phases (fasi) of an objective's timeline (cronoprogramma)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhaseResource {

    private final PhaseService service;

    PhaseResource(PhaseService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/objectives/{objectiveId}/phases")
    @Operation(operationId = "listPhases", summary = "List the phases of an objective's timeline in order",
            description = "Phases of an objective's timeline (cronoprogramma) in order.")
    @APIResponse(responseCode = "200", description = "A page of phases")
    public Page<PhaseResponse> list(@PathParam("objectiveId") long objectiveId,
            @Valid @BeanParam PageRequest page) {
        return service.list(objectiveId, page).map(PhaseResponse::of);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/objectives/{objectiveId}/phases")
    @Operation(operationId = "createPhase", summary = "Add a phase to an objective's timeline",
            description = "Adds a phase to an objective's timeline. The weights of a timeline should sum to 100; the report warns when they do not.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PhaseResponse.class)))
    public Response create(@PathParam("objectiveId") long objectiveId,
            @Valid @NotNull PhaseRequest request, @Context UriInfo uri) {
        Phase phase = service.create(objectiveId, request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/phases").path(String.valueOf(phase.id)).build())
                .tag(Versions.etag(phase.version)).entity(PhaseResponse.of(phase)).build();
    }

    @PermitAll
    @GET
    @Path("/phases/{phaseId}")
    @Operation(operationId = "getPhase", summary = "Get a phase",
            description = "One phase with its planned dates and progress. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The phase; ETag names its version",
            content = @Content(schema = @Schema(implementation = PhaseResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("phaseId") long phaseId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Phase phase = service.get(phaseId);
        return Versions.okWithEtag(PhaseResponse.of(phase), phase.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/phases/{phaseId}")
    @Operation(operationId = "updatePhase", summary = "Update a phase's definition (If-Match required)",
            description = "Changes a phase's definition (number, description, planned dates, responsible, weight). Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PhaseResponse.class)))
    public Response update(@PathParam("phaseId") long phaseId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PhaseRequest request) {
        Phase phase = service.update(phaseId, request.toCommand(), ifMatch);
        return Response.ok(PhaseResponse.of(phase)).tag(Versions.etag(phase.version)).build();
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @PUT
    @Path("/phases/{phaseId}/progress")
    @Operation(operationId = "updatePhaseProgress",
            summary = "Report a phase's progress: actual end, partial progress, note, data source (If-Match required)",
            description = "Records a phase's actual end (not in the future), partial progress, monitoring note and data source. "
                    + "The timeline value counts completed phases in full and phases under way by their partial progress.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PhaseResponse.class)))
    public Response updateProgress(@PathParam("phaseId") long phaseId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PhaseProgressRequest request) {
        Phase phase = service.updateProgress(phaseId, request.toCommand(), ifMatch);
        return Response.ok(PhaseResponse.of(phase)).tag(Versions.etag(phase.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/phases/{phaseId}")
    @Operation(operationId = "deletePhase", summary = "Delete a phase",
            description = "Deletes a phase of a timeline.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("phaseId") long phaseId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(phaseId, ifMatch);
    }
}
