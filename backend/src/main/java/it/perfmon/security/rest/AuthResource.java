package it.perfmon.security.rest;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import it.perfmon.security.SessionCookie;
import it.perfmon.common.Versions;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.security.service.AuthService;
import it.perfmon.security.service.PreferenceService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Signing in and out of the web app")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final CurrentActor current;
    private final SessionCookie cookie;
    private final PreferenceService preferences;

    private final boolean oidcEnabled;
    private final java.util.Optional<String> oidcIssuer;
    private final String webClientId;

    AuthResource(AuthService auth, CurrentActor current, SessionCookie cookie, PreferenceService preferences,
            PerfmonConfig config) {
        this.auth = auth;
        this.current = current;
        this.cookie = cookie;
        this.preferences = preferences;
        this.oidcEnabled = config.security().oidc().enabled();
        this.oidcIssuer = config.security().oidc().publicIssuer();
        this.webClientId = config.security().oidc().webClientId();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Sign in with username and password",
            description = "Opens a session carried by an HttpOnly, SameSite=Strict cookie that every replica accepts. "
                    + "Each attempt is counted before its password is checked; past 5 failures per address and user "
                    + "(20 per address) each further attempt waits a delay that doubles with every failure, up to 15 "
                    + "minutes (429 with Retry-After). There is no lock on the account: another address signs in.")
    @APIResponse(responseCode = "200",
            description = "Signed in: the session cookie (__Host-perfmon_session over HTTPS, perfmon_session over plain "
                    + "http) comes in Set-Cookie, the body carries the "
                    + "CSRF token for changes",
            content = @Content(schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts from this address: wait before the next",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(format = "int32")))
    public Response login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        AuthService.Opened opened = auth.login(request.username(), request.password(), http.remoteAddress().host());
        return Response.ok(MeResponse.of(opened.view()))
                .cookie(cookie.open(opened.sessionToken())).build();
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(operationId = "logout", summary = "Sign out",
            description = "Ends the session in the database (on every replica) and clears the cookie.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@Context HttpHeaders headers) {
        auth.logout(cookie.read(headers));
        return Response.noContent().cookie(cookie.expired()).build();
    }

    @GET
    @Path("/config")
    @PermitAll
    @Operation(operationId = "getAuthConfig", summary = "How to sign in",
            description = "Whether people sign in with the local form or at the OpenID Connect provider, and where.")
    @APIResponse(responseCode = "200", description = "The sign-in configuration",
            content = @Content(schema = @Schema(implementation = AuthConfigResponse.class)))
    public AuthConfigResponse config() {
        return oidcEnabled ? new AuthConfigResponse(true, oidcIssuer.orElse(null), webClientId)
                : new AuthConfigResponse(false, null, null);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "Who is signed in",
            description = "The user or token behind the request, its role, structures or scopes, and for a browser "
                    + "session the CSRF token to send in the Csrf-Token header with every change.")
    @APIResponse(responseCode = "200", description = "The current user or token",
            content = @Content(schema = @Schema(implementation = MeResponse.class)))
    public MeResponse me(@Context HttpHeaders headers) {
        Actor actor = current.actor().orElseThrow();
        return MeResponse.of(auth.me(actor, cookie.read(headers)));
    }

    @PUT
    @Path("/me/organisation")
    @Authenticated
    @Operation(operationId = "switchOrganisation", summary = "Act in another organisation the person belongs to",
            description = "The session acts from now on in the organisation named, with the person's role and "
                    + "structures there (see memberships in GET /api/v1/auth/me); naming the home organisation goes "
                    + "back to it. Only a session opened with a password (a browser, with the Csrf-Token header) "
                    + "switches: a token belongs to one organisation. The switch is recorded in the audit trail of the "
                    + "organisation entered. If the membership is removed later, the session goes back home.")
    @APIResponse(responseCode = "200", description = "The person as they now act",
            content = @Content(schema = @Schema(implementation = MeResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a member of that organisation (field organisation)")
    @APIResponse(responseCode = "403", description = "A token, or a person of the OpenID Connect provider")
    public MeResponse switchOrganisation(@RequestBody(required = true) SwitchRequest request,
            @Context HttpHeaders headers) {
        // Checked here, not by bean validation: a token is refused (403) whatever its body says.
        return MeResponse.of(auth.switchTo(current.actor().orElseThrow(), cookie.read(headers),
                request == null ? null : request.organisation()));
    }

    @GET
    @Path("/me/preferences")
    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE, Role.VIEWER_ROLE, Role.OIV_ROLE, Role.REGIONAL_ROLE})
    @Operation(operationId = "getMyPreferences", summary = "The signed-in person's own settings",
            description = "The e-mail address the reminders of the monitoring cycle go to, and whether the person "
                    + "gets them. Local accounts only: a token or a person of the OpenID Connect provider gets 404.")
    @APIResponse(responseCode = "200", description = "The preferences; ETag names the account's version",
            content = @Content(schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "404", description = "No local account behind the request (a token, a person of the provider)")
    public Response getPreferences(@HeaderParam("If-None-Match") String ifNoneMatch) {
        AppUser user = preferences.get(current.actor().orElseThrow());
        return Versions.okWithEtag(PreferencesResponse.of(user), user.version, ifNoneMatch);
    }

    @PUT
    @Path("/me/preferences")
    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE, Role.VIEWER_ROLE, Role.OIV_ROLE, Role.REGIONAL_ROLE})
    @Operation(operationId = "updateMyPreferences", summary = "Change the signed-in person's own settings",
            description = "Replaces the e-mail address (left out or null: removed) and the choice to get reminders. "
                    + "If-Match, when sent, must name the account's version. The change is in the audit trail.")
    @APIResponse(responseCode = "200", description = "Changed; ETag names the account's new version",
            content = @Content(schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "404", description = "No local account behind the request (a token, a person of the provider)")
    public Response updatePreferences(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull PreferencesRequest request) {
        AppUser user = preferences.update(current.actor().orElseThrow(), request.toPreferences(), ifMatch);
        return Response.ok(PreferencesResponse.of(user)).tag(Versions.etag(user.version)).build();
    }
}
