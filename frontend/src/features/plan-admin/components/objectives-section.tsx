import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { isApiError } from '@/lib/api-client';
import type { Objective, ObjectiveInput, Problem, ResponsibleStructure, StrategicArea } from '@/types/api';
import { parseDecimal, toInputNumber } from '@/utils/format';
import { useCreateObjective } from '@/features/plan-admin/api/create-objective';
import { useDeleteObjective } from '@/features/plan-admin/api/delete-objective';
import { useUpdateObjective } from '@/features/plan-admin/api/update-objective';
import { ObjectiveEditForm } from '@/features/plan-admin/components/objective-edit-form';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import { WeightTotal } from '@/features/plan-admin/components/weight-total';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { objectiveInputOf, validateObjective, type ObjectiveDraft } from '@/features/plan-admin/utils/drafts';
import { focusSoon } from '@/features/plan-admin/utils/focus';
import { weightTotal } from '@/features/plan-admin/utils/weights';

type Props = {
  planId: number;
  areas: StrategicArea[];
  objectives: Objective[];
  structures: ResponsibleStructure[];
  selected?: number;
  onSelect: (objectiveId: number) => void;
};

const EMPTY: ObjectiveDraft = {
  areaId: '',
  code: '',
  title: '',
  weight: '',
  responsibleStructureId: '',
  programmingLink: '',
  deadline: '',
  notes: '',
  timelineNumber: '',
  timelineTitle: '',
};

/** The objective as the update endpoint wants it back, with a new weight. */
function inputWithWeight(objective: Objective, weight: number | undefined): ObjectiveInput {
  return {
    areaId: objective.areaId ?? 0,
    code: objective.code ?? '',
    title: objective.title ?? '',
    weight,
    notes: objective.notes ?? undefined,
    responsibleStructureId: objective.responsibleStructureId ?? 0,
    programmingLink: objective.programmingLink ?? undefined,
    deadline: objective.deadline ?? undefined,
    timelineNumber: objective.timelineNumber ?? null,
    timelineTitle: objective.timelineTitle ?? undefined,
  };
}

export function ObjectivesSection({ planId, areas, objectives, structures, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const update = useUpdateObjective();
  const create = useCreateObjective();
  const remove = useDeleteObjective();
  const form = useAdminForm(EMPTY, validateObjective);
  const saved = useMemo(
    () => Object.fromEntries(objectives.map((o) => [o.id ?? 0, toInputNumber(o.weight)])),
    [objectives],
  );
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number>();
  const edited = objectives.find((o) => o.id === editing);
  const weightOf = (id: number) => typed[id] ?? saved[id] ?? '';
  const total = weightTotal(objectives.map((o) => weightOf(o.id ?? 0)));
  const changed = objectives.filter((o) => typed[o.id ?? 0] != null && typed[o.id ?? 0] !== saved[o.id ?? 0]);
  const areaNumber = (areaId?: number) => areas.find((a) => a.id === areaId)?.number ?? '–';

  async function saveWeights() {
    setProblem(null);
    setMessage('');
    const errors: Record<number, string> = {};
    for (const objective of changed) {
      const weight = parseDecimal(weightOf(objective.id ?? 0));
      if (weight != null && (Number.isNaN(weight) || weight < 0 || weight > 100)) {
        errors[objective.id ?? 0] = t('validation.range', { min: 0, max: 100 });
      }
    }
    if (Object.keys(errors).length > 0) {
      setRowErrors(errors);
      return;
    }
    for (const objective of changed) {
      const id = objective.id ?? 0;
      try {
        await update.mutateAsync({
          objectiveId: id,
          version: objective.version,
          input: inputWithWeight(objective, parseDecimal(weightOf(id)) ?? undefined),
        });
        setTyped((current) => {
          const next = { ...current };
          delete next[id];
          return next;
        });
      } catch (error) {
        if (isApiError(error)) {
          errors[id] = error.isStale ? t('admin.staleObjective') : (error.fieldErrors.weight ?? error.message);
          if (!error.fieldErrors.weight && !error.isStale) setProblem(error.problem);
        }
      }
    }
    setRowErrors(errors);
    if (Object.keys(errors).length === 0) setMessage(t('admin.weightsSaved'));
  }

  return (
    <section aria-labelledby="admin-objectives-title" className="mb-5">
      {confirmDialog}
      <h2 id="admin-objectives-title" className="h3">
        {t('admin.objectives')}
      </h2>
      <p>{t('admin.weightsHelp')}</p>
      <ProblemMessage problem={problem} fields={['weight']} />
      <Table caption={t('admin.objectives')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('admin.code')}</th>
            <th scope="col">{t('admin.title')}</th>
            <th scope="col">{t('admin.area')}</th>
            <th scope="col">{t('objective.responsible')}</th>
            <th scope="col">{t('admin.weightPercent')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((objective) => {
            const id = objective.id ?? 0;
            return (
              <tr key={id} data-testid={`admin-objective-${objective.code}`}>
                <td className="fw-semibold">{objective.code}</td>
                <th scope="row" className="fw-normal">
                  {objective.title}
                </th>
                <td>{areaNumber(objective.areaId)}</td>
                <td>{objective.responsibleStructureName}</td>
                <td style={{ minWidth: '8rem' }}>
                  <TextField
                    id={`weight-${id}`}
                    className="mb-0"
                    label={<span className="visually-hidden">{t('admin.weightOf', { code: objective.code })}</span>}
                    inputMode="decimal"
                    value={weightOf(id)}
                    error={rowErrors[id]}
                    onChange={(e) => setTyped((current) => ({ ...current, [id]: e.target.value }))}
                  />
                </td>
                <td>
                  <div className="d-flex flex-wrap gap-1">
                  <Button
                    size="sm"
                    outline
                    id={`edit-objective-button-${id}`}
                    aria-pressed={editing === id}
                    onClick={() => {
                      setMessage('');
                      setEditing(id);
                    }}
                  >
                    {t('common.edit')} <span className="visually-hidden">{objective.code}</span>
                  </Button>
                  <Button size="sm" outline aria-pressed={selected === id} onClick={() => onSelect(id)}>
                    {t('admin.structure')} <span className="visually-hidden">{objective.code}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    outline
                    onClick={async () => {
                      const confirmed = await confirm({
                        title: t('confirm.deleteTitle'),
                        message: t('admin.confirmDeleteObjective', { code: objective.code }),
                        confirmLabel: t('common.delete'),
                        tone: 'danger',
                      });
                      if (!confirmed) return;
                      remove
                        .mutateAsync({ objectiveId: id, version: objective.version })
                        .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }));
                    }}
                  >
                    {t('common.delete')} <span className="visually-hidden">{objective.code}</span>
                  </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <WeightTotal total={total} testId="objective-weight-total" />
      <div className="d-flex align-items-center gap-3 mb-4">
        <Button onClick={() => void saveWeights()} disabled={changed.length === 0 || update.isPending}>
          {t('admin.saveWeights', { count: changed.length })}
        </Button>
        <span role="status">{message}</span>
      </div>
      {edited ? (
        <ObjectiveEditForm
          key={edited.id}
          objective={edited}
          areas={areas}
          structures={structures}
          onDone={(saved) => {
            setEditing(undefined);
            focusSoon(`edit-objective-button-${edited.id}`);
            if (saved) setMessage(t('admin.saved'));
          }}
        />
      ) : null}

      <form
        noValidate
        aria-labelledby="admin-new-objective-title"
        onSubmit={(event) => {
          event.preventDefault();
          void form.run((draft) => create.mutateAsync({ planId, input: objectiveInputOf(draft) }));
        }}
      >
        <h3 id="admin-new-objective-title" className="h5">
          {t('admin.newObjective')}
        </h3>
        <ProblemMessage problem={form.problem} fields={Object.keys(EMPTY)} />
        <div className="row">
          <div className="col-md-4">
            <SelectField
              id="new-objective-area"
              label={t('admin.area')}
              required
              value={form.draft.areaId}
              error={form.errors.areaId}
              onChange={(e) => form.setField('areaId', e.target.value)}
              options={[{ value: '', label: t('admin.choose') }, ...areas.map((a) => ({ value: String(a.id), label: `${a.number} ${a.title}` }))]}
            />
          </div>
          <div className="col-md-2">
            <TextField
              id="new-objective-code"
              label={t('admin.code')}
              required
              hint={t('admin.codeHint')}
              value={form.draft.code}
              error={form.errors.code}
              onChange={(e) => form.setField('code', e.target.value)}
            />
          </div>
          <div className="col-md-2">
            <TextField
              id="new-objective-weight"
              label={t('admin.weightPercent')}
              inputMode="decimal"
              value={form.draft.weight}
              error={form.errors.weight}
              onChange={(e) => form.setField('weight', e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <SelectField
              id="new-objective-structure"
              label={t('objective.responsible')}
              required
              value={form.draft.responsibleStructureId}
              error={form.errors.responsibleStructureId}
              onChange={(e) => form.setField('responsibleStructureId', e.target.value)}
              options={[{ value: '', label: t('admin.choose') }, ...structures.map((s) => ({ value: String(s.id), label: s.name ?? '' }))]}
            />
          </div>
        </div>
        <TextField
          id="new-objective-title"
          label={t('admin.title')}
          required
          value={form.draft.title}
          error={form.errors.title}
          onChange={(e) => form.setField('title', e.target.value)}
        />
        <div className="row">
          <div className="col-md-8">
            <TextField
              id="new-objective-link"
              label={t('objective.programmingLink')}
              value={form.draft.programmingLink}
              error={form.errors.programmingLink}
              onChange={(e) => form.setField('programmingLink', e.target.value)}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="new-objective-deadline"
              type="date"
              label={t('objective.deadline')}
              value={form.draft.deadline}
              error={form.errors.deadline}
              onChange={(e) => form.setField('deadline', e.target.value)}
            />
          </div>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {t('admin.addObjective')}
        </Button>
      </form>
    </section>
  );
}
