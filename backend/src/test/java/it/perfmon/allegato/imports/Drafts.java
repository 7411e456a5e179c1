package it.perfmon.allegato.imports;

import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.AreaDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.IndicatorDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ObjectiveDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.PhaseDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ResultDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.TimelineDraft;
import java.util.List;

/** What a plan draft says, without where the file said it: two layouts of the same table give equal drafts. */
public final class Drafts {

    private Drafts() {
    }

    public static PlanDraft content(PlanDraft draft) {
        return new PlanDraft(null, draft.organisationCode(), draft.organisationName(), draft.year(), draft.periodKind(),
                draft.periodDate(), draft.areas().stream().map(Drafts::area).toList(), List.of());
    }

    private static AreaDraft area(AreaDraft a) {
        return new AreaDraft(a.number(), a.title(), null, a.objectives().stream().map(Drafts::objective).toList());
    }

    private static ObjectiveDraft objective(ObjectiveDraft o) {
        TimelineDraft t = o.timeline();
        return new ObjectiveDraft(o.code(), o.title(), o.weight(), o.notes(), o.responsible(), o.programmingLink(),
                t == null ? null : new TimelineDraft(t.number(), t.title(), t.deadline(), null,
                        t.phases().stream().map(Drafts::phase).toList()),
                null, o.indicators().stream().map(Drafts::indicator).toList());
    }

    private static IndicatorDraft indicator(IndicatorDraft i) {
        ResultDraft r = i.result();
        return new IndicatorDraft(i.position(), i.description(), i.kind(), i.baselineValue(), i.baselineReference(),
                i.targetValue(), i.nextYearsTargetValue(), i.nextYearsTargetRule(), i.planningNote(),
                new ResultDraft(r.achieved(), r.monitoringNote(), r.dataSource(), r.assessmentStep(), false,
                        r.deviationExplanation(), r.correctiveActions(), null), null);
    }

    private static PhaseDraft phase(PhaseDraft p) {
        return new PhaseDraft(p.number(), p.description(), p.output(), p.plannedStart(), p.plannedEnd(), p.responsible(),
                p.weight(), p.actualEnd(), p.monitoringNote(), p.dataSource(), null);
    }
}
