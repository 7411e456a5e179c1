package it.perfmon.count.service;

/** How many figures of a batch were created, updated and unchanged. */
public record BatchOutcome(int created, int updated, int unchanged) {
}
