package it.perfmon.plan.service;

import it.perfmon.area.service.AreaWriter;
import it.perfmon.indicator.service.IndicatorWriter;
import it.perfmon.objective.service.ObjectiveWriter;
import it.perfmon.phase.service.PhaseWriter;
import jakarta.enterprise.context.ApplicationScoped;

/** The writers of a plan's entities, for those that write a whole plan: the seed, the import, the roll-over. */
@ApplicationScoped
public class PlanWriters {

    private final AreaWriter areas;
    private final ObjectiveWriter objectives;
    private final IndicatorWriter indicators;
    private final PhaseWriter phases;

    PlanWriters(AreaWriter areas, ObjectiveWriter objectives, IndicatorWriter indicators, PhaseWriter phases) {
        this.areas = areas;
        this.objectives = objectives;
        this.indicators = indicators;
        this.phases = phases;
    }

    public AreaWriter areas() {
        return areas;
    }

    public ObjectiveWriter objectives() {
        return objectives;
    }

    public IndicatorWriter indicators() {
        return indicators;
    }

    public PhaseWriter phases() {
        return phases;
    }
}
