package it.perfmon.organisation;

import it.perfmon.common.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** An agency served by this deployment; ARTI is the default one. */
@Entity
@Table(name = "organisation")
public class Organisation extends EditableEntity {

    public String code;
    public String name;

    /** Whether its published data is read without signing in; null: the deployment's default. */
    @Column(name = "public_read")
    public Boolean publicRead;

    public boolean readsPublicly(boolean deploymentDefault) {
        return publicRead != null ? publicRead : deploymentDefault;
    }

    public static Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
