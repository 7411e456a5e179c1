package it.perfmon.collection;

import it.perfmon.common.EditableEntity;
import it.perfmon.organisation.ResponsibleStructure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One responsible structure's part of a collection, and the last step of its submit/return/accept cycle. */
@Entity
@Table(name = "collection_part")
public class CollectionPart extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collection_id")
    public Collection collection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "structure_id")
    public ResponsibleStructure structure;

    @Enumerated(EnumType.STRING)
    public PartState state = PartState.OPEN;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
