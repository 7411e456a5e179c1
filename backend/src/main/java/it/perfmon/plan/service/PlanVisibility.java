package it.perfmon.plan.service;

import it.perfmon.common.ProblemException;
import it.perfmon.plan.Plan;
import it.perfmon.security.Actor;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;

/**
 * A plan is a draft until an administrator publishes it: until then only administrators see it, anywhere it could
 * be reached (its own page, its periods, areas, objectives, indicators, phases, results, reports and the pull API).
 * To everybody else a draft does not exist, so it is answered as unknown rather than as forbidden.
 */
@RequestScoped
public class PlanVisibility {

    private final CurrentActor actor;

    PlanVisibility(CurrentActor actor) {
        this.actor = actor;
    }

    public boolean seesDrafts() {
        return actor.actor().map(Actor::isAdministrator).orElse(false);
    }

    /** The plan itself, or 404 as for an unknown plan when it is a draft the caller may not see. */
    public Plan require(Plan plan, String what, Object id) {
        if (plan.publishedAt == null && !seesDrafts()) {
            throw ProblemException.notFound(what, id);
        }
        return plan;
    }
}
