package it.perfmon.security;

import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.Optional;

/**
 * A person's role in an organisation other than their home one; that organisation's administrators manage it, the
 * home organisation's manage the account itself. An editor's structures there are among the person's structures.
 */
@Entity
@Table(name = "user_membership")
public class UserMembership extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public Role role;

    /**
     * The codes of the person's structures in this organisation, set by the service before a snapshot: not a column
     * (the structures are the person's), but part of what the audit trail records of a membership.
     */
    @Transient
    public List<String> structures = List.of();

    public static Optional<UserMembership> of(AppUser user, Organisation organisation) {
        return find("user = ?1 and organisation = ?2", user, organisation).firstResultOptional();
    }
}
