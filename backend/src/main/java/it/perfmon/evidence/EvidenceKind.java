package it.perfmon.evidence;

/** What a piece of evidence is attached to. */
public enum EvidenceKind {
    /** An indicator's result in a monitoring period. */
    RESULT,
    /** A phase of an objective's timeline. */
    PHASE
}
