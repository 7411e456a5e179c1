package it.perfmon.organisation.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import it.perfmon.organisation.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationResponse(
        @Schema(example = "ARTI") String code,
        @Schema(example = "Agenzia Regionale Toscana per l'Impiego") String name,
        @Schema(description = "Whether its published data is read without signing in (the setting, or the "
                + "deployment's default when the setting is null)") boolean publicRead,
        @Schema(nullable = true, description = "The organisation's own setting; null: the deployment's default")
        Boolean publicReadSetting,
        @JsonProperty("isDefault")
        @Schema(description = "Whether it is the deployment's default organisation (MONITOR_DEFAULT_ORGANISATION), "
                + "the one anonymous lists cover when they name none; exactly one organisation is")
        boolean isDefault) {

    public static OrganisationResponse of(Organisation o, boolean deploymentPublicRead, String defaultOrganisation) {
        return new OrganisationResponse(o.code, o.name, o.readsPublicly(deploymentPublicRead), o.publicRead,
                o.code.equals(defaultOrganisation));
    }
}
