import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-field';
import type { Phase } from '@/types/api';
import { useUpdatePhase } from '@/features/plan-admin/api/update-phase';
import { EditFrame } from '@/features/plan-admin/components/edit-frame';
import { useEditForm } from '@/features/plan-admin/hooks/use-edit-form';
import { phaseDraftOf, phaseInputOf, validatePhase } from '@/features/plan-admin/utils/drafts';

type Props = { phase: Phase; onDone: (saved: boolean) => void };

/** Every planning field of a phase; its progress is edited on the objective page. */
export function PhaseEditForm({ phase, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdatePhase();
  const form = useEditForm({
    entity: phase,
    audited: { type: 'phase', id: phase.id ?? 0 },
    draftOf: phaseDraftOf,
    validate: validatePhase,
    save: (draft, version) => update.mutateAsync({ phaseId: phase.id ?? 0, version, input: phaseInputOf(draft) }),
    onSaved: () => onDone(true),
  });
  const labels = {
    number: t('admin.number'),
    description: t('phase.description'),
    plannedStart: t('phase.plannedStart'),
    plannedEnd: t('phase.plannedEnd'),
    weight: t('admin.weightPercent'),
    output: t('phase.output'),
    responsible: t('admin.phaseResponsible'),
  };
  const field = (name: keyof typeof labels) => ({
    id: `edit-phase-${name}`,
    label: labels[name],
    value: form.draft[name],
    error: form.errors[name],
    onChange: (e: { target: { value: string } }) => form.setField(name, e.target.value),
  });
  const name = t('phase.name', { number: phase.number });
  return (
    <EditFrame
      id="edit-phase"
      title={t('admin.editOf', { name })}
      what={name}
      labels={labels}
      form={form}
      updatedAt={phase.updatedAt}
      headingLevel={4}
      onCancel={() => onDone(false)}
    >
      <div className="row">
        <div className="col-md-2">
          <TextField {...field('number')} inputMode="numeric" required />
        </div>
        <div className="col-md-10">
          <TextField {...field('description')} required />
        </div>
      </div>
      <div className="row">
        <div className="col-md-4">
          <TextField {...field('plannedStart')} type="date" required />
        </div>
        <div className="col-md-4">
          <TextField {...field('plannedEnd')} type="date" required />
        </div>
        <div className="col-md-4">
          <TextField {...field('weight')} inputMode="decimal" />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <TextField {...field('output')} />
        </div>
        <div className="col-md-6">
          <TextField {...field('responsible')} />
        </div>
      </div>
    </EditFrame>
  );
}
