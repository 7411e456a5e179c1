import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-field';
import { problemOf } from '@/lib/api-client';
import type { Objective, Phase, Problem } from '@/types/api';
import { formatDate, parseDecimal } from '@/utils/format';
import { useCreatePhase } from '@/features/plan-admin/api/create-phase';
import { useDeletePhase } from '@/features/plan-admin/api/delete-phase';
import { useUpdatePhase } from '@/features/plan-admin/api/update-phase';
import { EditableList } from '@/features/plan-admin/components/editable-list';
import { NewItemForm } from '@/features/plan-admin/components/new-item-form';
import { PhaseEditForm } from '@/features/plan-admin/components/phase-edit-form';
import { WeightField, WeightsBar } from '@/features/plan-admin/components/weights-bar';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { useTypedWeights } from '@/features/plan-admin/hooks/use-typed-weights';
import { phaseInputOf, validatePhase, type PhaseDraft } from '@/features/plan-admin/utils/drafts';

const EMPTY: PhaseDraft = { number: '', description: '', plannedStart: '', plannedEnd: '', weight: '', output: '', responsible: '' };

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

type Props = {
  objective: Objective;
  phases: Phase[];
  /** Where a failed deletion or weight save is shown: the problem of the objective's structure. */
  onProblem: (problem: Problem | null) => void;
};

/** An objective's timeline phases, with their weights summed live and saved together. */
export function PhasesSection({ objective, phases, onProblem }: Props) {
  const { t } = useTranslation();
  const objectiveId = objective.id ?? 0;
  const create = useCreatePhase();
  const update = useUpdatePhase();
  const remove = useDeletePhase();
  const form = useAdminForm(EMPTY, validatePhase);
  const weights = useTypedWeights(phases);
  const [message, setMessage] = useState('');

  async function saveWeights() {
    onProblem(null);
    setMessage('');
    for (const phase of weights.changed) {
      try {
        await update.mutateAsync({
          phaseId: phase.id ?? 0,
          version: phase.version,
          input: phaseInputWithWeight(phase, parseDecimal(weights.weightOf(phase.id ?? 0)) ?? undefined),
        });
      } catch (error) {
        onProblem(problemOf(error));
        return;
      }
    }
    weights.forgetAll();
    setMessage(t('admin.weightsSaved'));
  }

  return (
    <>
      <h3 className="h4 mt-5">{t('timeline.title')}</h3>
      <EditableList
        entity="phase"
        caption={t('timeline.tableCaption')}
        rows={phases}
        columns={[
          { header: t('phase.number'), cell: (phase) => phase.number },
          { header: t('phase.description'), cell: (phase) => phase.description, rowHeader: true },
          { header: t('phase.plannedStart'), cell: (phase) => formatDate(phase.plannedStart) },
          { header: t('phase.plannedEnd'), cell: (phase) => formatDate(phase.plannedEnd) },
          {
            header: t('admin.weightPercent'),
            style: { minWidth: '7rem' },
            cell: (phase) => (
              <WeightField
                id={`phase-weight-${phase.id ?? 0}`}
                label={t('admin.phaseWeightOf', { number: phase.number })}
                value={weights.weightOf(phase.id ?? 0)}
                onChange={(value) => weights.type(phase.id ?? 0, value)}
              />
            ),
          },
        ]}
        rowId={(phase) => phase.id ?? 0}
        rowName={(phase) => t('phase.name', { number: phase.number })}
        deleteMessage={(phase) => t('admin.confirmDeletePhase', { number: phase.number })}
        onDelete={(phase) => {
          remove.mutateAsync({ phaseId: phase.id ?? 0, version: phase.version }).catch((error: unknown) => onProblem(problemOf(error)));
        }}
        editForm={(phase, onDone) => <PhaseEditForm phase={phase} onDone={onDone} />}
        announce={setMessage}
        status={
          phases.length > 0 ? (
            <WeightsBar
              total={weights.total}
              testId="phase-weight-total"
              changed={weights.changed.length}
              saving={update.isPending}
              onSave={() => void saveWeights()}
              message={message}
            />
          ) : null
        }
        newItemForm={
          <NewItemForm
            id="admin-new-phase"
            title={t('admin.newPhase')}
            headingLevel={4}
            form={form}
            submitLabel={t('admin.addPhase')}
            pending={create.isPending}
            onSubmit={() => void form.run((draft) => create.mutateAsync({ objectiveId, input: phaseInputOf(draft) }))}
          >
            <div className="row">
              <div className="col-md-2">
                <TextField id="new-phase-number" label={t('admin.number')} inputMode="numeric" required {...form.bind('number')} />
              </div>
              <div className="col-md-10">
                <TextField id="new-phase-description" label={t('phase.description')} required {...form.bind('description')} />
              </div>
            </div>
            <div className="row">
              <div className="col-md-4">
                <TextField id="new-phase-start" type="date" label={t('phase.plannedStart')} required {...form.bind('plannedStart')} />
              </div>
              <div className="col-md-4">
                <TextField id="new-phase-end" type="date" label={t('phase.plannedEnd')} required {...form.bind('plannedEnd')} />
              </div>
              <div className="col-md-4">
                <TextField id="new-phase-weight" label={t('admin.weightPercent')} inputMode="decimal" {...form.bind('weight')} />
              </div>
            </div>
          </NewItemForm>
        }
      />
    </>
  );
}
