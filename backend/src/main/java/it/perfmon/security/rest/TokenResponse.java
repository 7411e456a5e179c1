package it.perfmon.security.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.perfmon.security.ApiToken;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(
        @Schema(format = "int64") long id,
        @Schema(example = "sistema colloqui") String name,
        @Schema(description = "First characters of the token, to tell tokens apart", example = "pm_Xa3f") String prefix,
        List<String> scopes,
        @Schema(description = "Indicators a counts:write token may post counts for") List<Long> indicatorIds,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        String createdBy,
        Instant createdAt,
        @Schema(description = "True for a token of a person of the Region: values:read over every organisation")
        boolean allOrganisations,
        @Schema(description = "The token itself: present only in the answer that creates it, never again")
        String token) {

    public static TokenResponse of(ApiToken t, String secret) {
        return new TokenResponse(t.id, t.name, t.tokenPrefix, t.scopes().stream().sorted().toList(),
                t.indicatorIds.stream().sorted().toList(), t.expiresAt, t.revokedAt, t.lastUsedAt, t.createdBy,
                t.createdAt, t.allOrganisations, secret);
    }
}
