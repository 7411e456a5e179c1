package it.perfmon.security.rest;

import it.perfmon.security.service.NewToken;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenInput")
public record TokenRequest(
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "sistema colloqui") String name,
        @NotEmpty @Size(max = 2) @Schema(description = "counts:write and/or values:read", example = "[\"counts:write\"]")
        List<@NotNull @Pattern(regexp = "counts:write|values:read", message = "ambiti ammessi: counts:write, values:read") String> scopes,
        @Size(max = 200) @Schema(description = "Indicators a counts:write token may post counts for")
        List<@NotNull Long> indicatorIds,
        @NotNull @Schema(description = "Last day of validity, at most two years ahead", example = "2027-06-30")
        LocalDate expiresOn,
        @Schema(description = "True: the token pulls values from every organisation (people of the Region only, "
                + "scope values:read only); default false") Boolean allOrganisations) {

    public NewToken command() {
        return new NewToken(name, scopes, indicatorIds, expiresOn, Boolean.TRUE.equals(allOrganisations));
    }
}
