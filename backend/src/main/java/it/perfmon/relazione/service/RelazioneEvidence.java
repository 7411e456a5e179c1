package it.perfmon.relazione.service;

/**
 * A piece of evidence of an objective as the Relazione lists it.
 *
 * @param objectiveId the objective it backs
 * @param attachedTo what in the objective it is attached to, in words ("indicatore 1", "fase 2")
 */
public record RelazioneEvidence(long objectiveId, String attachedTo, String fileName, String mediaType, long size,
        String sha256) {
}
