import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-field';
import type { Objective, ResponsibleStructure, StrategicArea } from '@/types/api';
import { useUpdateObjective } from '@/features/plan-admin/api/update-objective';
import { EditFrame } from '@/features/plan-admin/components/edit-frame';
import { useEditForm } from '@/features/plan-admin/hooks/use-edit-form';
import { objectiveDraftOf, objectiveInputOf, validateObjective } from '@/features/plan-admin/utils/drafts';

type Props = { objective: Objective; areas: StrategicArea[]; structures: ResponsibleStructure[]; onDone: (saved: boolean) => void };

/** Every field of an objective: area, code, title, weight, notes, structure, programming link, deadline, timeline. */
export function ObjectiveEditForm({ objective, areas, structures, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateObjective();
  const form = useEditForm({
    entity: objective,
    audited: { type: 'objective', id: objective.id ?? 0 },
    draftOf: objectiveDraftOf,
    validate: validateObjective,
    save: (draft, version) => update.mutateAsync({ objectiveId: objective.id ?? 0, version, input: objectiveInputOf(draft) }),
    onSaved: () => onDone(true),
  });
  const labels = {
    areaId: t('admin.area'),
    code: t('admin.code'),
    title: t('admin.title'),
    weight: t('admin.weightPercent'),
    responsibleStructureId: t('objective.responsible'),
    programmingLink: t('objective.programmingLink'),
    deadline: t('objective.deadline'),
    notes: t('admin.notes'),
    timelineNumber: t('admin.timelineNumber'),
    timelineTitle: t('admin.timelineTitle'),
  };
  const field = (name: keyof typeof labels) => ({
    id: `edit-objective-${name}`,
    label: labels[name],
    value: form.draft[name],
    error: form.errors[name],
    onChange: (e: { target: { value: string } }) => form.setField(name, e.target.value),
  });
  const name = t('admin.objectiveName', { code: objective.code });
  return (
    <EditFrame id="edit-objective" title={t('admin.editOf', { name })} what={name} labels={labels} form={form} updatedAt={objective.updatedAt} onCancel={() => onDone(false)}>
      <div className="row">
        <div className="col-md-4">
          <SelectField
            {...field('areaId')}
            required
            options={[{ value: '', label: t('admin.choose') }, ...areas.map((a) => ({ value: String(a.id), label: `${a.number} ${a.title}` }))]}
          />
        </div>
        <div className="col-md-2">
          <TextField {...field('code')} required hint={t('admin.codeHint')} />
        </div>
        <div className="col-md-2">
          <TextField {...field('weight')} inputMode="decimal" />
        </div>
        <div className="col-md-4">
          <SelectField
            {...field('responsibleStructureId')}
            required
            options={[{ value: '', label: t('admin.choose') }, ...structures.map((s) => ({ value: String(s.id), label: s.name ?? '' }))]}
          />
        </div>
      </div>
      <TextField {...field('title')} required />
      <div className="row">
        <div className="col-md-8">
          <TextField {...field('programmingLink')} />
        </div>
        <div className="col-md-4">
          <TextField {...field('deadline')} type="date" />
        </div>
      </div>
      <TextAreaField {...field('notes')} />
      <div className="row">
        <div className="col-md-3">
          <TextField {...field('timelineNumber')} inputMode="numeric" hint={t('admin.timelineNumberHint')} />
        </div>
        <div className="col-md-9">
          <TextField {...field('timelineTitle')} />
        </div>
      </div>
    </EditFrame>
  );
}
