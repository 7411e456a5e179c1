package it.perfmon.relazione.service;

import java.time.Instant;

/**
 * The OIV's overall validation of the Relazione, as the Relazione prints it; supplied by whoever records it.
 *
 * @param outcomeLabel the outcome in words ("validata", "validata con riserva", "non validata")
 */
public record RelazioneValidation(String outcomeLabel, String reasoning, String validatedBy, Instant validatedAt) {
}
