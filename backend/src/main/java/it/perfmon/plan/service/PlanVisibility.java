package it.perfmon.plan.service;

import it.perfmon.organisation.service.OrganisationAccess;
import it.perfmon.plan.Plan;
import jakarta.enterprise.context.RequestScoped;

/**
 * A plan is a draft until an administrator of its organisation publishes it: until then only those administrators
 * see it, anywhere it could be reached (its own page, its periods, areas, objectives, indicators, phases, results,
 * reports and the pull API). To everybody else a draft does not exist, so it is answered as unknown rather than as
 * forbidden. A plan of another organisation is reached only as OrganisationAccess allows: this is the chokepoint of
 * every read and write by id of plan data.
 */
@RequestScoped
public class PlanVisibility {

    private final OrganisationAccess access;

    PlanVisibility(OrganisationAccess access) {
        this.access = access;
    }

    /** An administrator of an organisation; lists show drafts of that organisation only (OrganisationAccess.draftsOf). */
    public boolean seesDrafts() {
        return access.draftsOf() != -1L;
    }

    /** What the caller may see, for keys of answers kept in memory: drafts, and which organisations. */
    public String sight() {
        return (seesDrafts() ? "drafts:" : "published:") + access.sight();
    }

    /** The plan itself, or 404 as for an unknown plan (401, 403: see OrganisationAccess) when the caller may not reach it. */
    public Plan require(Plan plan, String what, Object id) {
        access.require(plan.organisation, plan.publishedAt != null, what, id);
        return plan;
    }

    public OrganisationAccess organisations() {
        return access;
    }
}
