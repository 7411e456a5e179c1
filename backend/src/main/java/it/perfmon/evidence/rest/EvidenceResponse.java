package it.perfmon.evidence.rest;

import it.perfmon.evidence.Evidence;
import it.perfmon.evidence.EvidenceKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence", description = "A file (elemento probatorio) backing a result or a phase; its content is "
        + "downloaded from /api/v1/evidence/{evidenceId}/content")
public record EvidenceResponse(
        @Schema(format = "int64", description = "The evidence's id, as the audit trail names it (entityType evidence)")
        long id,
        @Schema(example = "colloqui-a-distanza-giugno-2021.xlsx", description = "The name it was uploaded with")
        String fileName,
        @Schema(example = "application/pdf", description = "The type told from the content, served on download",
                enumeration = {"application/pdf", "application/vnd.oasis.opendocument.text",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "image/png",
                        "image/jpeg"})
        String mediaType,
        @Schema(format = "int64", minimum = "1", description = "Size in bytes", example = "48213") long size,
        @Schema(pattern = "^[0-9a-f]{64}$", description = "SHA-256 of the content, lower-case hexadecimal; also the "
                + "download's ETag", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        @Schema(nullable = true, maxLength = 1000, example = "Estrazione dal sistema dei colloqui al 30/06/2021")
        String description,
        AttachedTo attachedTo,
        @Schema(example = "mario.rossi", description = "Who uploaded it (a user, or token:<id>)") String uploadedBy,
        Instant uploadedAt,
        @Schema(format = "int32") int version) {

    @Schema(name = "EvidenceAttachment", description = "What the evidence backs: an indicator's result in a period "
            + "(kind RESULT, indicatorId and periodId) or a phase (kind PHASE, phaseId)")
    public record AttachedTo(
            EvidenceKind kind,
            @Schema(nullable = true, format = "int64") Long indicatorId,
            @Schema(nullable = true, format = "int64") Long periodId,
            @Schema(nullable = true, format = "int64") Long phaseId) {
    }

    /** The upload's time as the database keeps it (microseconds), on the upload's answer as on later reads. */
    static EvidenceResponse of(Evidence e) {
        AttachedTo attachedTo = e.phase == null
                ? new AttachedTo(EvidenceKind.RESULT, e.indicator.id, e.period.id, null)
                : new AttachedTo(EvidenceKind.PHASE, null, null, e.phase.id);
        return new EvidenceResponse(e.id, e.fileName, e.mediaType, e.sizeBytes, e.sha256, e.description, attachedTo,
                e.uploadedBy, e.createdAt.truncatedTo(ChronoUnit.MICROS), e.version);
    }
}
