package it.perfmon.security.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.security.Role;
import it.perfmon.security.service.TokenService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/tokens")
@Tag(name = "API tokens", description = "Credentials for scripts and other systems (administrators of an organisation; people of the Region for their own values:read tokens)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ROLE})
public class TokenResource {

    private final TokenService service;

    TokenResource(TokenService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List API tokens, newest first",
            description = "Tokens of the caller's organisation (for a person of the Region, the tokens they created): "
                    + "names, scopes, expiry, revocation and last use; never the tokens themselves.")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    public Page<TokenResponse> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(t -> TokenResponse.of(t, null));
    }

    @POST
    @Operation(operationId = "createToken", summary = "Create an API token",
            description = "The answer carries the token once; only its hash is stored. Scopes: counts:write (posting "
                    + "counts for the listed ratio indicators) and values:read (reading when public reading is off). "
                    + "The token belongs to the caller's organisation. A person of the Region creates only values:read "
                    + "tokens, which may read every organisation (allOrganisations). "
                    + "Send it as Authorization: Bearer <token>.")
    @APIResponse(responseCode = "201", description = "Created; the token is in the body, shown only now",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public Response create(@Valid @NotNull TokenRequest request, @Context UriInfo uri) {
        TokenService.Created created = service.create(request.command());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.token().id)).build())
                .entity(TokenResponse.of(created.token(), created.secret())).build();
    }

    @DELETE
    @Path("/{tokenId}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
            description = "From now on the token is refused (401). Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("tokenId") long tokenId) {
        service.revoke(tokenId);
    }
}
