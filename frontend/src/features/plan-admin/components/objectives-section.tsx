import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import type { Objective, ObjectiveInput, Problem, ResponsibleStructure, StrategicArea } from '@/types/api';
import { parseDecimal } from '@/utils/format';
import { useCreateObjective } from '@/features/plan-admin/api/create-objective';
import { useDeleteObjective } from '@/features/plan-admin/api/delete-objective';
import { useUpdateObjective } from '@/features/plan-admin/api/update-objective';
import { EditableList } from '@/features/plan-admin/components/editable-list';
import { NewItemForm } from '@/features/plan-admin/components/new-item-form';
import { ObjectiveEditForm } from '@/features/plan-admin/components/objective-edit-form';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import { WeightField, WeightsBar } from '@/features/plan-admin/components/weights-bar';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { useTypedWeights } from '@/features/plan-admin/hooks/use-typed-weights';
import { objectiveInputOf, validateObjective, type ObjectiveDraft } from '@/features/plan-admin/utils/drafts';

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
  const update = useUpdateObjective();
  const create = useCreateObjective();
  const remove = useDeleteObjective();
  const form = useAdminForm(EMPTY, validateObjective);
  const weights = useTypedWeights(objectives);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const areaNumber = (areaId?: number) => areas.find((a) => a.id === areaId)?.number ?? '–';

  async function saveWeights() {
    setProblem(null);
    setMessage('');
    const errors: Record<number, string> = {};
    for (const objective of weights.changed) {
      const weight = parseDecimal(weights.weightOf(objective.id ?? 0));
      if (weight != null && (Number.isNaN(weight) || weight < 0 || weight > 100)) {
        errors[objective.id ?? 0] = t('validation.range', { min: 0, max: 100 });
      }
    }
    if (Object.keys(errors).length > 0) {
      setRowErrors(errors);
      return;
    }
    for (const objective of weights.changed) {
      const id = objective.id ?? 0;
      try {
        await update.mutateAsync({
          objectiveId: id,
          version: objective.version,
          input: inputWithWeight(objective, parseDecimal(weights.weightOf(id)) ?? undefined),
        });
        weights.forget(id);
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
      <h2 id="admin-objectives-title" className="h3">
        {t('admin.objectives')}
      </h2>
      <p>{t('admin.weightsHelp')}</p>
      <ProblemMessage problem={problem} fields={['weight']} />
      <EditableList
        entity="objective"
        caption={t('admin.objectives')}
        rows={objectives}
        columns={[
          { header: t('admin.code'), cell: (objective) => objective.code, className: 'fw-semibold' },
          { header: t('admin.title'), cell: (objective) => objective.title, rowHeader: true },
          { header: t('admin.area'), cell: (objective) => areaNumber(objective.areaId) },
          { header: t('objective.responsible'), cell: (objective) => objective.responsibleStructureName },
          {
            header: t('admin.weightPercent'),
            style: { minWidth: '8rem' },
            cell: (objective) => (
              <WeightField
                id={`weight-${objective.id ?? 0}`}
                label={t('admin.weightOf', { code: objective.code })}
                value={weights.weightOf(objective.id ?? 0)}
                error={rowErrors[objective.id ?? 0]}
                onChange={(value) => weights.type(objective.id ?? 0, value)}
              />
            ),
          },
        ]}
        rowId={(objective) => objective.id ?? 0}
        rowTestId={(objective) => `admin-objective-${objective.code}`}
        rowName={(objective) => objective.code ?? ''}
        moreActions={(objective) => (
          <Button size="sm" outline aria-pressed={selected === objective.id} onClick={() => onSelect(objective.id ?? 0)}>
            {t('admin.structure')} <span className="visually-hidden">{objective.code}</span>
          </Button>
        )}
        deleteMessage={(objective) => t('admin.confirmDeleteObjective', { code: objective.code })}
        onDelete={(objective) => {
          remove
            .mutateAsync({ objectiveId: objective.id ?? 0, version: objective.version })
            .catch((error: unknown) => setProblem(problemOf(error)));
        }}
        editForm={(objective, onDone) => (
          <ObjectiveEditForm objective={objective} areas={areas} structures={structures} onDone={onDone} />
        )}
        announce={setMessage}
        status={
          <WeightsBar
            total={weights.total}
            testId="objective-weight-total"
            changed={weights.changed.length}
            saving={update.isPending}
            onSave={() => void saveWeights()}
            message={message}
          />
        }
        newItemForm={
          <NewItemForm
            id="admin-new-objective"
            title={t('admin.newObjective')}
            headingLevel={3}
            form={form}
            submitLabel={t('admin.addObjective')}
            pending={create.isPending}
            onSubmit={() => void form.run((draft) => create.mutateAsync({ planId, input: objectiveInputOf(draft) }))}
          >
            <div className="row">
              <div className="col-md-4">
                <SelectField
                  id="new-objective-area"
                  label={t('admin.area')}
                  required
                  {...form.bind('areaId')}
                  options={[{ value: '', label: t('admin.choose') }, ...areas.map((a) => ({ value: String(a.id), label: `${a.number} ${a.title}` }))]}
                />
              </div>
              <div className="col-md-2">
                <TextField id="new-objective-code" label={t('admin.code')} required hint={t('admin.codeHint')} {...form.bind('code')} />
              </div>
              <div className="col-md-2">
                <TextField id="new-objective-weight" label={t('admin.weightPercent')} inputMode="decimal" {...form.bind('weight')} />
              </div>
              <div className="col-md-4">
                <SelectField
                  id="new-objective-structure"
                  label={t('objective.responsible')}
                  required
                  {...form.bind('responsibleStructureId')}
                  options={[{ value: '', label: t('admin.choose') }, ...structures.map((s) => ({ value: String(s.id), label: s.name ?? '' }))]}
                />
              </div>
            </div>
            <TextField id="new-objective-title" label={t('admin.title')} required {...form.bind('title')} />
            <div className="row">
              <div className="col-md-8">
                <TextField id="new-objective-link" label={t('objective.programmingLink')} {...form.bind('programmingLink')} />
              </div>
              <div className="col-md-4">
                <TextField id="new-objective-deadline" type="date" label={t('objective.deadline')} {...form.bind('deadline')} />
              </div>
            </div>
          </NewItemForm>
        }
      />
    </section>
  );
}
