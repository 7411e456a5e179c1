package it.perfmon.security;

import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who signs in; editors are bound to the responsible structures whose objectives they report on. */
@Entity
@Table(name = "app_user")
public class AppUser extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** bcrypt; null for people who sign in only through the OpenID Connect provider. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active = true;

    /** Where the reminders of the monitoring cycle go; null: none are sent. */
    public String email;

    /** The person's own choice: false and no reminder is sent to them. */
    @Column(name = "reminders_enabled")
    public boolean remindersEnabled = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "app_user_structure", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "structure_id"))
    public Set<ResponsibleStructure> structures = new HashSet<>();

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
