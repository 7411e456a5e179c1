import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-field';
import type { StrategicArea } from '@/types/api';
import { useUpdateArea } from '@/features/plan-admin/api/update-area';
import { EditFrame } from '@/features/plan-admin/components/edit-frame';
import { useEditForm } from '@/features/plan-admin/hooks/use-edit-form';
import { areaDraftOf, areaInputOf, validateArea } from '@/features/plan-admin/utils/drafts';

type Props = { area: StrategicArea; onDone: (saved: boolean) => void };

export function AreaEditForm({ area, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateArea();
  const form = useEditForm({
    entity: area,
    audited: { type: 'area', id: area.id ?? 0 },
    draftOf: areaDraftOf,
    validate: validateArea,
    save: (draft, version) => update.mutateAsync({ areaId: area.id ?? 0, version, input: areaInputOf(draft) }),
    onSaved: () => onDone(true),
  });
  const labels = { number: t('admin.number'), title: t('admin.title') };
  const name = t('admin.areaName', { number: area.number });
  return (
    <EditFrame id="edit-area" title={t('admin.editOf', { name })} what={name} labels={labels} form={form} updatedAt={area.updatedAt} onCancel={() => onDone(false)}>
      <div className="row">
        <div className="col-md-2">
          <TextField id="edit-area-number" label={labels.number} inputMode="numeric" required value={form.draft.number} error={form.errors.number} onChange={(e) => form.setField('number', e.target.value)} />
        </div>
        <div className="col-md-10">
          <TextField id="edit-area-title" label={labels.title} required value={form.draft.title} error={form.errors.title} onChange={(e) => form.setField('title', e.target.value)} />
        </div>
      </div>
    </EditFrame>
  );
}
