package it.perfmon.security.service;

import java.time.LocalDate;
import java.util.List;

/** An API token to create: its name, scopes, the indicators a counts:write token may post for, its last day, and whether it reads every organisation. */
public record NewToken(String name, List<String> scopes, List<Long> indicatorIds, LocalDate expiresOn,
        boolean allOrganisations) {
}
