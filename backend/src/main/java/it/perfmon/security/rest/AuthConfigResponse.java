package it.perfmon.security.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the web app should sign people in: with the local login form, or at the OpenID Connect provider. */
@Schema(name = "AuthConfig")
public record AuthConfigResponse(
        @Schema(description = "True when people sign in at the OpenID Connect provider") boolean oidc,
        @Schema(nullable = true, description = "The provider's issuer URL as browsers reach it",
                example = "http://localhost:8180/realms/perfmon") String issuer,
        @Schema(nullable = true, description = "The public client of the web app", example = "perfmon-web") String clientId) {
}
