import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { Table } from '@/components/ui/table';
import { isApiError } from '@/lib/api-client';
import type { IndicatorKind, Objective, Phase, Problem } from '@/types/api';
import { formatDate, formatPercent, parseDecimal, toInputNumber } from '@/utils/format';
import { useCreateIndicator } from '@/features/plan-admin/api/create-indicator';
import { useCreatePhase } from '@/features/plan-admin/api/create-phase';
import { useDeleteIndicator } from '@/features/plan-admin/api/delete-indicator';
import { useDeletePhase } from '@/features/plan-admin/api/delete-phase';
import { useIndicators } from '@/features/plan-admin/api/get-indicators';
import { usePhases } from '@/features/plan-admin/api/get-phases';
import { useUpdatePhase } from '@/features/plan-admin/api/update-phase';
import { IndicatorEditForm } from '@/features/plan-admin/components/indicator-edit-form';
import { PhaseEditForm } from '@/features/plan-admin/components/phase-edit-form';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import { WeightTotal } from '@/features/plan-admin/components/weight-total';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import {
  indicatorInputOf,
  phaseInputOf,
  validateIndicator,
  validatePhase,
  type IndicatorDraft,
  type PhaseDraft,
} from '@/features/plan-admin/utils/drafts';
import { focusSoon } from '@/features/plan-admin/utils/focus';
import { weightTotal } from '@/features/plan-admin/utils/weights';

const KINDS: IndicatorKind[] = ['TIMELINE', 'RATIO', 'RATIO_PLANNED', 'DIRECT'];
const EMPTY_INDICATOR: IndicatorDraft = {
  description: '',
  kind: 'TIMELINE',
  judgedAgainst: '',
  numeratorLabel: '',
  denominatorLabel: '',
  plannedQuantity: '',
  baselineValue: '',
  baselineReference: '',
  targetValue: '100',
  nextYearsTargetValue: '',
  nextYearsTargetRule: '',
  planningNote: '',
};
const EMPTY_PHASE: PhaseDraft = { number: '', description: '', plannedStart: '', plannedEnd: '', weight: '', output: '', responsible: '' };

function phaseInputWithWeight(phase: Phase, weight: number | undefined) {
  return {
    number: phase.number ?? 1,
    description: phase.description ?? '',
    output: phase.output ?? undefined,
    plannedStart: phase.plannedStart ?? '',
    plannedEnd: phase.plannedEnd ?? '',
    responsible: phase.responsible ?? undefined,
    weight,
  };
}

/** An objective's indicators and timeline phases, with the phase weights summed live. */
export function ObjectiveStructure({ objective }: { objective: Objective }) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const objectiveId = objective.id ?? 0;
  const indicators = useIndicators(objectiveId);
  const phases = usePhases(objectiveId);
  const createIndicator = useCreateIndicator();
  const deleteIndicator = useDeleteIndicator();
  const createPhase = useCreatePhase();
  const updatePhase = useUpdatePhase();
  const deletePhase = useDeletePhase();
  const indicatorForm = useAdminForm(EMPTY_INDICATOR, validateIndicator);
  const phaseForm = useAdminForm(EMPTY_PHASE, validatePhase);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const [editingIndicator, setEditingIndicator] = useState<number>();
  const [editingPhase, setEditingPhase] = useState<number>();
  const [indicatorMessage, setIndicatorMessage] = useState('');
  const editedIndicator = indicators.data?.find((i) => i.id === editingIndicator);
  const editedPhase = phases.data?.find((p) => p.id === editingPhase);
  const saved = useMemo(
    () => Object.fromEntries((phases.data ?? []).map((p) => [p.id ?? 0, toInputNumber(p.weight)])),
    [phases.data],
  );
  const weightOf = (id: number) => typed[id] ?? saved[id] ?? '';
  const total = weightTotal((phases.data ?? []).map((p) => weightOf(p.id ?? 0)));
  const changed = (phases.data ?? []).filter((p) => typed[p.id ?? 0] != null && typed[p.id ?? 0] !== saved[p.id ?? 0]);
  const fail = (error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) });

  async function savePhaseWeights() {
    setProblem(null);
    setMessage('');
    for (const phase of changed) {
      try {
        await updatePhase.mutateAsync({
          phaseId: phase.id ?? 0,
          version: phase.version,
          input: phaseInputWithWeight(phase, parseDecimal(weightOf(phase.id ?? 0)) ?? undefined),
        });
      } catch (error) {
        fail(error);
        return;
      }
    }
    setTyped({});
    setMessage(t('admin.weightsSaved'));
  }

  if (indicators.isPending || phases.isPending) return <Spinner label={t('common.loading')} />;

  return (
    <section aria-labelledby="admin-structure-title" className="edit-panel card-bg rounded shadow p-4 mb-5">
      {confirmDialog}
      <h2 id="admin-structure-title" className="h3" tabIndex={-1}>
        {t('admin.structureOf', { code: objective.code })}
      </h2>
      <ProblemMessage problem={problem} fields={[]} />

      <h3 className="h4 mt-3">{t('objective.indicators')}</h3>
      <Table caption={t('admin.indicatorsOf', { code: objective.code })} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('phase.number')}</th>
            <th scope="col">{t('indicator.description')}</th>
            <th scope="col">{t('admin.kind')}</th>
            <th scope="col">{t('indicator.target')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(indicators.data ?? []).map((indicator) => (
            <tr key={indicator.id}>
              <td>{indicator.position}</td>
              <th scope="row" className="fw-normal">
                {indicator.description}
              </th>
              <td>{t(`indicator.kind.${indicator.kind}`)}</td>
              <td>{formatPercent(indicator.targetValue)}</td>
              <td>
                <div className="d-flex flex-wrap gap-1">
                <Button
                  size="sm"
                  outline
                  id={`edit-indicator-button-${indicator.id}`}
                  aria-pressed={editingIndicator === indicator.id}
                  onClick={() => {
                    setIndicatorMessage('');
                    setEditingIndicator(indicator.id);
                  }}
                >
                  {t('common.edit')} <span className="visually-hidden">{t('admin.indicatorName', { position: indicator.position })}</span>
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  outline
                  onClick={async () => {
                    const confirmed = await confirm({
                      title: t('confirm.deleteTitle'),
                      message: t('admin.confirmDeleteIndicator', { position: indicator.position }),
                      confirmLabel: t('common.delete'),
                      tone: 'danger',
                    });
                    if (!confirmed) return;
                    deleteIndicator.mutateAsync({ indicatorId: indicator.id ?? 0, version: indicator.version }).catch(fail);
                  }}
                >
                  {t('common.delete')} <span className="visually-hidden">{t('admin.indicatorName', { position: indicator.position })}</span>
                </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p role="status">{indicatorMessage}</p>
      {editedIndicator ? (
        <IndicatorEditForm
          key={editedIndicator.id}
          indicator={editedIndicator}
          onDone={(done) => {
            setEditingIndicator(undefined);
            focusSoon(`edit-indicator-button-${editedIndicator.id}`);
            if (done) setIndicatorMessage(t('admin.saved'));
          }}
        />
      ) : null}
      <form
        noValidate
        aria-labelledby="admin-new-indicator-title"
        onSubmit={(event) => {
          event.preventDefault();
          void indicatorForm.run((draft) => createIndicator.mutateAsync({ objectiveId, input: indicatorInputOf(draft) }));
        }}
      >
        <h4 id="admin-new-indicator-title" className="h5">
          {t('admin.newIndicator')}
        </h4>
        <ProblemMessage problem={indicatorForm.problem} fields={Object.keys(EMPTY_INDICATOR)} />
        <TextField
          id="new-indicator-description"
          label={t('indicator.description')}
          required
          value={indicatorForm.draft.description}
          error={indicatorForm.errors.description}
          onChange={(e) => indicatorForm.setField('description', e.target.value)}
        />
        <div className="row">
          <div className="col-md-4">
            <SelectField
              id="new-indicator-kind"
              label={t('admin.kind')}
              value={indicatorForm.draft.kind}
              onChange={(e) => indicatorForm.setField('kind', e.target.value)}
              options={KINDS.map((kind) => ({ value: kind, label: t(`indicator.kind.${kind}`) }))}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="new-indicator-target"
              label={t('admin.targetPercent')}
              inputMode="decimal"
              value={indicatorForm.draft.targetValue}
              error={indicatorForm.errors.targetValue}
              onChange={(e) => indicatorForm.setField('targetValue', e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="new-indicator-planned"
              label={t('admin.plannedQuantity')}
              inputMode="decimal"
              hint={t('admin.plannedQuantityHint')}
              value={indicatorForm.draft.plannedQuantity}
              error={indicatorForm.errors.plannedQuantity}
              onChange={(e) => indicatorForm.setField('plannedQuantity', e.target.value)}
            />
          </div>
        </div>
        <div className="row">
          <div className="col-md-6">
            <TextField
              id="new-indicator-numerator"
              label={t('admin.numeratorLabel')}
              value={indicatorForm.draft.numeratorLabel}
              error={indicatorForm.errors.numeratorLabel}
              onChange={(e) => indicatorForm.setField('numeratorLabel', e.target.value)}
            />
          </div>
          <div className="col-md-6">
            <TextField
              id="new-indicator-denominator"
              label={t('admin.denominatorLabel')}
              value={indicatorForm.draft.denominatorLabel}
              error={indicatorForm.errors.denominatorLabel}
              onChange={(e) => indicatorForm.setField('denominatorLabel', e.target.value)}
            />
          </div>
        </div>
        <div className="row">
          <div className="col-md-4">
            <TextField
              id="new-indicator-baseline"
              label={t('admin.baselinePercent')}
              inputMode="decimal"
              value={indicatorForm.draft.baselineValue}
              error={indicatorForm.errors.baselineValue}
              onChange={(e) => indicatorForm.setField('baselineValue', e.target.value)}
            />
          </div>
          <div className="col-md-8">
            <TextField
              id="new-indicator-baseline-ref"
              label={t('admin.baselineReference')}
              value={indicatorForm.draft.baselineReference}
              error={indicatorForm.errors.baselineReference}
              onChange={(e) => indicatorForm.setField('baselineReference', e.target.value)}
            />
          </div>
        </div>
        <Button type="submit" disabled={createIndicator.isPending}>
          {t('admin.addIndicator')}
        </Button>
      </form>

      <h3 className="h4 mt-5">{t('timeline.title')}</h3>
      <Table caption={t('timeline.tableCaption')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('phase.number')}</th>
            <th scope="col">{t('phase.description')}</th>
            <th scope="col">{t('phase.plannedStart')}</th>
            <th scope="col">{t('phase.plannedEnd')}</th>
            <th scope="col">{t('admin.weightPercent')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(phases.data ?? []).map((phase) => {
            const id = phase.id ?? 0;
            return (
              <tr key={id}>
                <td>{phase.number}</td>
                <th scope="row" className="fw-normal">
                  {phase.description}
                </th>
                <td>{formatDate(phase.plannedStart)}</td>
                <td>{formatDate(phase.plannedEnd)}</td>
                <td style={{ minWidth: '7rem' }}>
                  <TextField
                    id={`phase-weight-${id}`}
                    className="mb-0"
                    label={<span className="visually-hidden">{t('admin.phaseWeightOf', { number: phase.number })}</span>}
                    inputMode="decimal"
                    value={weightOf(id)}
                    onChange={(e) => setTyped((current) => ({ ...current, [id]: e.target.value }))}
                  />
                </td>
                <td>
                  <div className="d-flex flex-wrap gap-1">
                  <Button
                    size="sm"
                    outline
                    id={`edit-phase-button-${id}`}
                    aria-pressed={editingPhase === id}
                    onClick={() => {
                      setMessage('');
                      setEditingPhase(id);
                    }}
                  >
                    {t('common.edit')} <span className="visually-hidden">{t('phase.name', { number: phase.number })}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    outline
                    onClick={async () => {
                      const confirmed = await confirm({
                        title: t('confirm.deleteTitle'),
                        message: t('admin.confirmDeletePhase', { number: phase.number }),
                        confirmLabel: t('common.delete'),
                        tone: 'danger',
                      });
                      if (!confirmed) return;
                      deletePhase.mutateAsync({ phaseId: id, version: phase.version }).catch(fail);
                    }}
                  >
                    {t('common.delete')} <span className="visually-hidden">{t('phase.name', { number: phase.number })}</span>
                  </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {(phases.data ?? []).length > 0 ? (
        <>
          <WeightTotal total={total} testId="phase-weight-total" />
          <div className="d-flex align-items-center gap-3 mb-4">
            <Button onClick={() => void savePhaseWeights()} disabled={changed.length === 0 || updatePhase.isPending}>
              {t('admin.saveWeights', { count: changed.length })}
            </Button>
            <span role="status">{message}</span>
          </div>
        </>
      ) : null}
      {editedPhase ? (
        <PhaseEditForm
          key={editedPhase.id}
          phase={editedPhase}
          onDone={(done) => {
            setEditingPhase(undefined);
            focusSoon(`edit-phase-button-${editedPhase.id}`);
            if (done) setMessage(t('admin.saved'));
          }}
        />
      ) : null}
      <form
        noValidate
        aria-labelledby="admin-new-phase-title"
        onSubmit={(event) => {
          event.preventDefault();
          void phaseForm.run((draft) => createPhase.mutateAsync({ objectiveId, input: phaseInputOf(draft) }));
        }}
      >
        <h4 id="admin-new-phase-title" className="h5">
          {t('admin.newPhase')}
        </h4>
        <ProblemMessage problem={phaseForm.problem} fields={Object.keys(EMPTY_PHASE)} />
        <div className="row">
          <div className="col-md-2">
            <TextField
              id="new-phase-number"
              label={t('admin.number')}
              inputMode="numeric"
              required
              value={phaseForm.draft.number}
              error={phaseForm.errors.number}
              onChange={(e) => phaseForm.setField('number', e.target.value)}
            />
          </div>
          <div className="col-md-10">
            <TextField
              id="new-phase-description"
              label={t('phase.description')}
              required
              value={phaseForm.draft.description}
              error={phaseForm.errors.description}
              onChange={(e) => phaseForm.setField('description', e.target.value)}
            />
          </div>
        </div>
        <div className="row">
          <div className="col-md-4">
            <TextField
              id="new-phase-start"
              type="date"
              label={t('phase.plannedStart')}
              required
              value={phaseForm.draft.plannedStart}
              error={phaseForm.errors.plannedStart}
              onChange={(e) => phaseForm.setField('plannedStart', e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="new-phase-end"
              type="date"
              label={t('phase.plannedEnd')}
              required
              value={phaseForm.draft.plannedEnd}
              error={phaseForm.errors.plannedEnd}
              onChange={(e) => phaseForm.setField('plannedEnd', e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="new-phase-weight"
              label={t('admin.weightPercent')}
              inputMode="decimal"
              value={phaseForm.draft.weight}
              error={phaseForm.errors.weight}
              onChange={(e) => phaseForm.setField('weight', e.target.value)}
            />
          </div>
        </div>
        <Button type="submit" disabled={createPhase.isPending}>
          {t('admin.addPhase')}
        </Button>
      </form>
    </section>
  );
}
