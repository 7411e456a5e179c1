package it.perfmon.evidence;

import it.perfmon.common.EditableEntity;
import it.perfmon.indicator.Indicator;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file (elemento probatorio) backing a figure: attached either to an indicator's result in a period (indicator and
 * period set) or to a phase. Only its description is kept here; the bytes are in evidence_content, which only a
 * download reads. Never changed once uploaded: it is removed and uploaded again.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends EditableEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    public MonitoringPeriod period;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "phase_id")
    public Phase phase;

    /** The name it was uploaded with, reduced to its last path segment; downloads offer it again. */
    @Column(name = "file_name")
    public String fileName;

    /** The type told from its content, one of {@link EvidenceType}'s. */
    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Lower-case hexadecimal SHA-256 of the bytes. */
    public String sha256;

    public String description;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    public EvidenceKind kind() {
        return phase == null ? EvidenceKind.RESULT : EvidenceKind.PHASE;
    }
}
