package it.perfmon.answers;

/** The plans an answer is computed from: one plan, or every plan (a pull without planId). */
public record AnswerScope(Long planId) {

    public static AnswerScope plan(long planId) {
        return new AnswerScope(planId);
    }

    public static AnswerScope allPlans() {
        return new AnswerScope(null);
    }
}
