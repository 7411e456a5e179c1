package it.perfmon.security;

import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A named, scoped, expiring credential for a script or another system; only its hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String name;

    /** The first characters of the token, shown so people can tell their tokens apart. */
    @Column(name = "token_prefix")
    public String tokenPrefix;

    @Column(name = "token_hash")
    public String tokenHash;

    /** Space-separated scopes, e.g. "counts:write values:read". */
    @Column(name = "scopes")
    public String scopeList;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "created_by")
    public String createdBy;

    /** A token of a person of the Region: values:read only, over every organisation. */
    @Column(name = "all_organisations")
    public boolean allOrganisations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_indicator", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "indicator_id")
    public Set<Long> indicatorIds = new HashSet<>();

    public Set<String> scopes() {
        return Arrays.stream(scopeList.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
