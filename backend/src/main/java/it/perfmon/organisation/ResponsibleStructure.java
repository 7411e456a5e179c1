package it.perfmon.organisation;

import it.perfmon.common.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A structure responsible for carrying out objectives (e.g. Direzione, RPCT). */
@Entity
@Table(name = "responsible_structure")
public class ResponsibleStructure extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String code;
    public String name;

    @Column(name = "short_name")
    public String shortName;

    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
