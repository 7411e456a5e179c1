package it.perfmon.organisation;

import it.perfmon.common.EditableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A territorial unit (settore territoriale) that counts can be broken down by. */
@Entity
@Table(name = "territorial_unit")
public class TerritorialUnit extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String code;
    public String name;
}
