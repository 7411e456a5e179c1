package it.perfmon.organisation;

import it.perfmon.common.EditableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** An agency served by this deployment; ARTI is the default one. */
@Entity
@Table(name = "organisation")
public class Organisation extends EditableEntity {

    public String code;
    public String name;

    public static Optional<Organisation> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
