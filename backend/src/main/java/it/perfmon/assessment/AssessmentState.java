package it.perfmon.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an indicator's assessment stands in a period: MISSING until a step is given; then DRAFT while its structure's
 * part of the period's collection is with the editors (or the period has no collection), and the part's own state
 * once it has been submitted, returned or accepted.
 */
@Schema(name = "AssessmentState")
public enum AssessmentState {
    MISSING, DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
