package it.perfmon.security.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginInput")
public record LoginRequest(
        @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "m.rossi") String username,
        @NotBlank @Size(max = 200) @Schema(maxLength = 200, format = "password") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
