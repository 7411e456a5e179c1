package it.perfmon.security.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.security.service.UserService;
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

@Path("/api/v1/users")
@Tag(name = "Users", description = "People who sign in, their roles and structures (administrators only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserResource {

    private final UserService service;

    UserResource(UserService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users by username",
            description = "Every account with its role and, for editors, the responsible structures they report for.")
    @APIResponse(responseCode = "200", description = "A page of users")
    public Page<UserResponse> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(UserResponse::of);
    }

    @GET
    @Path("/{userId}")
    @Operation(operationId = "getUser", summary = "Get a user", description = "One account. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response get(@PathParam("userId") long userId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        AppUser user = service.get(userId);
        return Versions.okWithEtag(UserResponse.of(user), user.version, ifNoneMatch);
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "Usernames are unique; the password (12 characters at least) is stored as a bcrypt hash. "
                    + "Editors need at least one responsible structure. The e-mail address, when given, is where the "
                    + "reminders of the monitoring cycle go.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response create(@Valid @NotNull UserRequest request, @Context UriInfo uri) {
        AppUser user = service.create(request.command());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id)).build())
                .tag(Versions.etag(user.version)).entity(UserResponse.of(user)).build();
    }

    @PUT
    @Path("/{userId}")
    @Operation(operationId = "updateUser", summary = "Update a user (If-Match required)",
            description = "Changes name, role, structures, e-mail address or password (leave either out to keep it) "
                    + "or suspends the account; a new password or a suspension ends the user's open sessions.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public Response update(@PathParam("userId") long userId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UserRequest request) {
        AppUser user = service.update(userId, request.command(), ifMatch);
        return Response.ok(UserResponse.of(user)).tag(Versions.etag(user.version)).build();
    }

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "deleteUser", summary = "Delete a user",
            description = "Deletes the account and its sessions; the last administrator cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("userId") long userId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(userId, ifMatch);
    }
}
