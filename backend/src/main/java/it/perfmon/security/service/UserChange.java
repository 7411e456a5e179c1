package it.perfmon.security.service;

import it.perfmon.security.Role;
import java.util.List;

/** A user's account as an administrator sets it; a null password or e-mail address keeps the current one. */
public record UserChange(String username, String displayName, String password, Role role, List<String> structures,
        Boolean active, String email) {

    @Override
    public String toString() {
        return "UserChange[username=" + username + ", role=" + role + "]";
    }
}
