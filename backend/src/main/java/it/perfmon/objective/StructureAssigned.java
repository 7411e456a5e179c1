package it.perfmon.objective;

/**
 * An objective of a plan was given to a responsible structure (created with it or moved to it), in the transaction
 * that is still writing it: features that keep something per structure of a plan (a collection's parts) catch up.
 */
public record StructureAssigned(long planId, long structureId) {
}
