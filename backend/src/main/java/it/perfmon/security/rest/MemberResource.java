package it.perfmon.security.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.security.Role;
import it.perfmon.security.service.MembershipService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * People of other organisations who act in this one too (issue 18): its administrators give them a role here and
 * take it away. Their accounts (name, password, suspension) stay with their own organisation's administrators.
 */
@Path("/api/v1/organisations/{organisationCode}/members")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class MemberResource {

    private final MembershipService service;

    MemberResource(MembershipService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMembers", summary = "List the people of other organisations who are members",
            description = "Administrators of the organisation. Each person with their own organisation, their role "
                    + "here and, for editors, this organisation's structures they report for; by username. The "
                    + "organisation's own accounts are listed by GET /api/v1/users.")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberResponse> list(
            @PathParam("organisationCode") @Parameter(example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @BeanParam PageRequest page) {
        return service.list(organisationCode, page).map(MemberResponse::of);
    }

    @PUT
    @Path("/{username}")
    @Operation(operationId = "saveMember", summary = "Make a person of another organisation a member, or change their role",
            description = "Administrators of the organisation. Creates the membership or replaces its role and "
                    + "structures, so a script may send it again. REGIONAL is refused (field role); an editor needs "
                    + "at least one structure of this organisation, the OIV none (field structures). A person of this "
                    + "organisation is managed through /api/v1/users (400, field username); an unknown or suspended "
                    + "account is 404 alike. Recorded in the organisation's audit trail.")
    @APIResponse(responseCode = "201", description = "Made a member",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "200", description = "Role or structures replaced",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "404", description = "No such active account (field username), or the organisation is unknown")
    public Response save(
            @PathParam("organisationCode") @Parameter(example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @PathParam("username") @Parameter(example = "m.rossi",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String username,
            @Valid @NotNull MemberRequest request) {
        MembershipService.Saved saved = service.save(organisationCode, username, request.role(), request.structures());
        return Response.status(saved.created() ? 201 : 200).entity(MemberResponse.of(saved.membership())).build();
    }

    @DELETE
    @Path("/{username}")
    @Operation(operationId = "removeMember", summary = "End a person's membership",
            description = "Administrators of the organisation. The person's sessions acting here go back to their own "
                    + "organisation. Recorded in the organisation's audit trail.")
    @APIResponse(responseCode = "204", description = "No longer a member")
    @APIResponse(responseCode = "404", description = "Not a member (field username), or the organisation is unknown")
    public void remove(
            @PathParam("organisationCode") @Parameter(example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @PathParam("username") @Parameter(example = "m.rossi",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String username) {
        service.remove(organisationCode, username);
    }
}
