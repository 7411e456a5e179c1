import { useTranslation } from 'react-i18next';
import { isNotFound, QueryError } from '@/components/query-error';
import { SignInToEdit } from '@/components/require-permission';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useCurrentUser } from '@/lib/auth';
import type { ReportIndicator, ReportObjective } from '@/types/api';
import type { HistorySource } from '@/features/history/api/get-audit-events';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { EditPanel } from '@/features/progress/components/edit-panel';
import { PhaseProgressForm } from '@/features/progress/components/phase-progress-form';
import { ResultForm } from '@/features/progress/components/result-form';
import { ObjectiveDetail } from '@/features/report/components/objective-detail';
import { PeriodPicker } from '@/features/report/components/period-picker';
import { indicatorName } from '@/features/report/utils/names';
import { useCollection } from '@/features/collection/api/get-collection';
import { CollectionNote } from '@/features/collection/components/collection-note';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { phaseEvidenceLock, phaseUploadLock, resultEvidenceLock } from '@/features/evidence/utils/lock';
import { useObjectivePage, type Editing } from '@/app/routes/use-objective-page';

/** The indicator's own changes and those of its result at the period shown. */
function indicatorSources(indicator: ReportIndicator): HistorySource[] {
  const sources: HistorySource[] = [{ entityType: 'indicator', entityId: indicator.id ?? 0 }];
  if (indicator.resultId != null) sources.push({ entityType: 'result', entityId: indicator.resultId });
  return sources;
}

/** Why the editing actions are missing: sign in, or this objective belongs to another structure's editors. */
function EditingNote({ objective, editable }: { objective: ReportObjective; editable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (me.isPending || me.isError || editable) return null;
  if (!me.data) return <SignInToEdit />;
  return (
    <Alert tone="info" className="small">
      {me.data.role === 'EDITOR'
        ? t('account.notAllowedHere', { structure: objective.responsibleStructure?.name ?? '–' })
        : t('account.readOnly')}
    </Alert>
  );
}

/** `/obiettivi/:objectiveId?periodo=`: one objective at a period, with its editing forms. */
export function ObjectiveRoute() {
  const { t } = useTranslation();
  const page = useObjectivePage();
  const { objectiveId, objective, report, periods, found, open, shownPeriod, mayProgress, mayEditResults, mayReadHistory } = page;
  const { mayReadEvidence, mayChangeEvidence } = page;
  const { editing, viewing, start, view, closeHistory, finish } = page;
  const me = useCurrentUser().data;
  const collection = useCollection(shownPeriod);

  if (objective.isError && isNotFound(objective.error)) {
    return (
      <>
        <h1>{t('objective.notFound')}</h1>
        <QueryError error={objective.error} />
      </>
    );
  }
  if (objective.isError) return <QueryError error={objective.error} onRetry={() => void objective.refetch()} />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data || !found) return <Spinner label={t('common.loading')} />;

  const data = report.data;
  const { area, objective: current } = found;
  const part = collection.data?.parts?.find((candidate) => candidate.structureId === current.responsibleStructure?.id);
  // A part handed in or accepted keeps its editors from changing the period's results (the backend refuses with 409).
  const locksMe = me?.role !== 'ADMINISTRATOR' && (part?.state === 'SUBMITTED' || part?.state === 'ACCEPTED');
  const mayEditHere = mayEditResults && !locksMe;
  const resultLock = resultEvidenceLock({ periodClosed: !open, partHandedIn: locksMe });
  const planPeriods = periods.data ?? [];

  const status = (kind: Editing['kind']) => (
    <div role="status" className={page.messageFor(kind) != null ? 'alert alert-success my-3' : undefined}>
      {page.messageFor(kind)}
    </div>
  );

  return (
    <ObjectiveDetail
      report={data}
      area={area}
      objective={current}
      periodPicker={
        periods.data && periods.data.length > 1 ? (
          <PeriodPicker
            key={shownPeriod}
            id="objective-period"
            periods={periods.data}
            periodId={shownPeriod}
            onChoose={page.choosePeriod}
          />
        ) : null
      }
      afterSummary={
        <>
          <EditingNote objective={current} editable={mayProgress || mayEditResults} />
          {collection.data && part ? (
            <CollectionNote
              collection={collection.data}
              part={part}
              answersForPart={me?.role === 'EDITOR' && mayEditResults}
              locksReader={locksMe && mayEditResults}
            />
          ) : null}
          {mayReadHistory ? (
            <Button
              id="objective-history"
              size="sm"
              variant="secondary"
              outline
              aria-expanded={viewing?.kind === 'objective'}
              onClick={() => (viewing?.kind === 'objective' ? closeHistory('objective-history') : view({ kind: 'objective' }))}
            >
              {t('history.objective', { code: current.code })}
            </Button>
          ) : null}
          {viewing?.kind === 'objective' ? (
            <HistoryPanel
              id="objective-history-panel"
              title={t('history.objective', { code: current.code })}
              sources={[{ objectiveId }]}
              onClose={() => closeHistory('objective-history')}
              headingLevel={2}
            />
          ) : null}
        </>
      }
      renderIndicatorActions={
        (open && mayEditHere) || mayReadHistory || mayReadEvidence
          ? (indicator) => (
              <div className="d-flex flex-wrap gap-1">
                {open && mayEditHere ? (
                  <Button
                    id={`edit-result-${indicator.id}`}
                    size="sm"
                    outline
                    aria-expanded={editing?.kind === 'result' && editing.indicator.id === indicator.id}
                    onClick={() => start({ kind: 'result', indicator })}
                  >
                    {t('result.edit')}{' '}
                    <span className="visually-hidden">{indicatorName(t, current, indicator)}</span>
                  </Button>
                ) : null}
                {mayReadHistory ? (
                  <Button
                    id={`history-indicator-${indicator.id}`}
                    size="sm"
                    variant="secondary"
                    outline
                    aria-expanded={viewing?.kind === 'indicator' && viewing.indicator.id === indicator.id}
                    onClick={() => view({ kind: 'indicator', indicator })}
                  >
                    {t('history.show')}{' '}
                    <span className="visually-hidden">{indicatorName(t, current, indicator)}</span>
                  </Button>
                ) : null}
                {mayReadEvidence && shownPeriod != null ? (
                  <Button
                    id={`evidence-result-${indicator.id}`}
                    size="sm"
                    variant="secondary"
                    outline
                    aria-expanded={viewing?.kind === 'result-evidence' && viewing.indicator.id === indicator.id}
                    onClick={() => view({ kind: 'result-evidence', indicator })}
                  >
                    {t('evidence.show')}{' '}
                    <span className="visually-hidden">{indicatorName(t, current, indicator)}</span>
                  </Button>
                ) : null}
              </div>
            )
          : undefined
      }
      renderPhaseActions={
        mayProgress || mayReadHistory || mayReadEvidence
          ? (phase) => (
              <div className="d-flex flex-wrap gap-1">
                {mayProgress ? (
                  <Button
                    id={`edit-phase-${phase.id}`}
                    size="sm"
                    outline
                    aria-expanded={editing?.kind === 'phase' && editing.phase.id === phase.id}
                    onClick={() => start({ kind: 'phase', phase })}
                  >
                    {t('phase.edit')}{' '}
                    <span className="visually-hidden">{t('phase.name', { number: phase.number })}</span>
                  </Button>
                ) : null}
                {mayReadHistory ? (
                  <Button
                    id={`history-phase-${phase.id}`}
                    size="sm"
                    variant="secondary"
                    outline
                    aria-expanded={viewing?.kind === 'phase' && viewing.phase.id === phase.id}
                    onClick={() => view({ kind: 'phase', phase })}
                  >
                    {t('history.show')}{' '}
                    <span className="visually-hidden">{t('phase.name', { number: phase.number })}</span>
                  </Button>
                ) : null}
                {mayReadEvidence ? (
                  <Button
                    id={`evidence-phase-${phase.id}`}
                    size="sm"
                    variant="secondary"
                    outline
                    aria-expanded={viewing?.kind === 'phase-evidence' && viewing.phase.id === phase.id}
                    onClick={() => view({ kind: 'phase-evidence', phase })}
                  >
                    {t('evidence.show')}{' '}
                    <span className="visually-hidden">{t('phase.name', { number: phase.number })}</span>
                  </Button>
                ) : null}
              </div>
            )
          : undefined
      }
      indicatorEditor={
        <>
          {status('result')}
          {editing?.kind === 'result' && shownPeriod != null ? (
            <EditPanel
              key={editing.indicator.id}
              id="result-editor"
              title={t('result.title', { name: indicatorName(t, current, editing.indicator), period: data.period?.label })}
              onClose={() => finish(false, '', `edit-result-${editing.indicator.id}`)}
            >
              <ResultForm
                indicator={editing.indicator}
                name={indicatorName(t, current, editing.indicator)}
                periodId={shownPeriod}
                onDone={(saved) =>
                  finish(
                    saved,
                    t('result.saved', { name: indicatorName(t, current, editing.indicator) }),
                    `edit-result-${editing.indicator.id}`,
                  )
                }
              />
            </EditPanel>
          ) : null}
          {viewing?.kind === 'indicator' ? (
            <HistoryPanel
              key={viewing.indicator.id}
              id="indicator-history"
              title={t('history.indicator', { name: indicatorName(t, current, viewing.indicator) })}
              sources={indicatorSources(
                current.indicators?.find((indicator) => indicator.id === viewing.indicator.id) ?? viewing.indicator,
              )}
              onClose={() => closeHistory(`history-indicator-${viewing.indicator.id}`)}
            />
          ) : null}
          {viewing?.kind === 'result-evidence' && shownPeriod != null ? (
            <EvidencePanel
              key={`${viewing.indicator.id}-${shownPeriod}`}
              id="result-evidence"
              title={t('evidence.resultTitle', {
                name: indicatorName(t, current, viewing.indicator),
                period: data.period?.label,
              })}
              target={{ kind: 'result', indicatorId: viewing.indicator.id ?? 0, periodId: shownPeriod }}
              mayChange={mayChangeEvidence}
              uploadLock={resultLock}
              removalLock={() => resultLock}
              onClose={() => closeHistory(`evidence-result-${viewing.indicator.id}`)}
            />
          ) : null}
        </>
      }
      phaseEditor={
        <>
          {status('phase')}
          {editing?.kind === 'phase' ? (
            <EditPanel
              key={editing.phase.id}
              id="phase-editor"
              title={t('phase.title', { number: editing.phase.number, description: editing.phase.description })}
              onClose={() => finish(false, '', `edit-phase-${editing.phase.id}`)}
            >
              <PhaseProgressForm
                phase={editing.phase}
                onDone={(saved) =>
                  finish(saved, t('phase.saved', { number: editing.phase.number }), `edit-phase-${editing.phase.id}`)
                }
              />
            </EditPanel>
          ) : null}
          {viewing?.kind === 'phase' ? (
            <HistoryPanel
              key={viewing.phase.id}
              id="phase-history"
              title={t('history.phase', { number: viewing.phase.number })}
              sources={[{ entityType: 'phase', entityId: viewing.phase.id ?? 0 }]}
              onClose={() => closeHistory(`history-phase-${viewing.phase.id}`)}
            />
          ) : null}
          {viewing?.kind === 'phase-evidence' ? (
            <EvidencePanel
              key={viewing.phase.id}
              id="phase-evidence"
              title={t('evidence.phaseTitle', { number: viewing.phase.number })}
              target={{ kind: 'phase', phaseId: viewing.phase.id ?? 0 }}
              mayChange={mayChangeEvidence}
              uploadLock={phaseUploadLock(planPeriods)}
              removalLock={(evidence) => phaseEvidenceLock(evidence, planPeriods)}
              onClose={() => closeHistory(`evidence-phase-${viewing.phase.id}`)}
            />
          ) : null}
        </>
      }
    />
  );
}
