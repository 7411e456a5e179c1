package it.perfmon.rollover.service;

import it.perfmon.indicator.Indicator;
import it.perfmon.plan.Plan;
import java.util.List;

/** Next year's plan as a roll-over created it, with where each target and baseline came from. */
public record RolledPlan(Plan plan, long fromPlanId, Long fromPeriodId, boolean provisional, String provisionalReason,
        List<RolledIndicator> indicators) {

    /** A new indicator, how its target was found ({@link TargetResolution}'s origins) and what is left to do. */
    public record RolledIndicator(Indicator indicator, String targetOrigin, String warning, List<String> warningCodes) {
    }
}
