import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { useCan } from '@/lib/authorization';
import { usePeriods } from '@/lib/get-periods';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { PlanReport, ReportIndicator, ReportPhase } from '@/types/api';
import { useObjective } from '@/features/report/api/get-objective';
import { usePlanReport } from '@/features/report/api/get-plan-report';
import { canChangeEvidence, canReadEvidence } from '@/features/evidence/utils/access';

/** The form open on the page: a phase's progress or an indicator's result at the period shown. */
export type Editing = { kind: 'phase'; phase: ReportPhase } | { kind: 'result'; indicator: ReportIndicator };
/** The history open on the page (the whole objective's, a phase's or an indicator's), or the evidence of one. */
export type Viewing =
  | { kind: 'objective' }
  | { kind: 'phase'; phase: ReportPhase }
  | { kind: 'indicator'; indicator: ReportIndicator }
  | { kind: 'result-evidence'; indicator: ReportIndicator }
  | { kind: 'phase-evidence'; phase: ReportPhase };

/** A positive whole id from the address, or undefined for anything else. */
export function toId(value: string | null | undefined): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The objective and its area in the plan's report. */
export function locate(report: PlanReport | undefined, objectiveId: number) {
  for (const area of report?.areas ?? []) {
    const objective = (area.objectives ?? []).find((o) => o.id === objectiveId);
    if (objective) return { area, objective };
  }
  return undefined;
}

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * The state of `/obiettivi/:objectiveId?periodo=`: what it reads, what the person may do, and the one form or history
 * open at a time, with the message a saved form leaves and the focus going back to the button that opened it.
 */
export function useObjectivePage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useCurrentUser().data;
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const objectiveId = toId(params.objectiveId) ?? 0;
  const periodId = toId(search.get('periodo'));
  const objective = useObjective(objectiveId);
  const planId = objective.data?.planId;
  const report = usePlanReport(planId, periodId);
  const periods = usePeriods(planId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [message, setMessage] = useState<{ kind: Editing['kind']; text: string } | null>(null);
  const found = locate(report.data, objectiveId);
  useDocumentTitle(found ? `${t('objective.label')} ${found.objective.code}` : t('objective.label'));

  const period = report.data?.period;
  const target = { structureCode: found?.objective.responsibleStructure?.code };

  function start(next: Editing) {
    setMessage(null);
    setViewing(null);
    setEditing(next);
  }

  function view(next: Viewing) {
    setEditing(null);
    setViewing(next);
  }

  function closeHistory(trigger: string) {
    setViewing(null);
    focusLater(trigger);
  }

  function finish(saved: boolean, text: string, trigger: string) {
    if (!editing) return;
    setEditing(null);
    if (saved) setMessage({ kind: editing.kind, text });
    focusLater(trigger);
  }

  return {
    objectiveId,
    objective,
    report,
    periods,
    found,
    /** Results and progress are written only while the period shown is open. */
    open: period?.status !== 'CLOSED' && period?.id != null,
    shownPeriod: period?.id,
    mayProgress: can('phase:progress', target),
    mayEditResults: can('result:edit', target),
    mayReadHistory: can('history:read'),
    mayReadEvidence: canReadEvidence(me, target.structureCode),
    mayChangeEvidence: canChangeEvidence(me, target.structureCode),
    editing,
    viewing,
    /** What the last saved form of this kind said, for the status region beside its table. */
    messageFor: (kind: Editing['kind']) => (message?.kind === kind ? message.text : null),
    start,
    view,
    closeHistory,
    finish,
    choosePeriod: (chosen: number) => navigate(paths.objective(objectiveId, chosen)),
  };
}
