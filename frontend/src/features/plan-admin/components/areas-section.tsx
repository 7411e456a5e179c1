import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/form-field';
import { problemOf } from '@/lib/api-client';
import type { Problem, StrategicArea } from '@/types/api';
import { useCreateArea } from '@/features/plan-admin/api/create-area';
import { useDeleteArea } from '@/features/plan-admin/api/delete-area';
import { AreaEditForm } from '@/features/plan-admin/components/area-edit-form';
import { EditableList } from '@/features/plan-admin/components/editable-list';
import { NewItemForm } from '@/features/plan-admin/components/new-item-form';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { areaInputOf, validateArea, type AreaDraft } from '@/features/plan-admin/utils/drafts';

const EMPTY: AreaDraft = { number: '', title: '' };

export function AreasSection({ planId, areas }: { planId: number; areas: StrategicArea[] }) {
  const { t } = useTranslation();
  const create = useCreateArea();
  const remove = useDeleteArea();
  const form = useAdminForm(EMPTY, validateArea);
  const [deleteProblem, setDeleteProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');

  return (
    <section aria-labelledby="admin-areas-title" className="mb-5">
      <h2 id="admin-areas-title" className="h3">
        {t('admin.areas')}
      </h2>
      <ProblemMessage problem={deleteProblem} fields={[]} />
      <EditableList
        entity="area"
        caption={t('admin.areas')}
        rows={areas}
        columns={[
          { header: t('admin.number'), cell: (area) => area.number },
          { header: t('admin.title'), cell: (area) => area.title, rowHeader: true },
        ]}
        rowId={(area) => area.id ?? 0}
        rowName={(area) => t('admin.areaName', { number: area.number })}
        deleteMessage={(area) => t('admin.confirmDeleteArea', { number: area.number })}
        onDelete={(area) => {
          setDeleteProblem(null);
          remove
            .mutateAsync({ areaId: area.id ?? 0, version: area.version })
            .catch((error: unknown) => setDeleteProblem(problemOf(error)));
        }}
        editForm={(area, onDone) => <AreaEditForm area={area} onDone={onDone} />}
        announce={setMessage}
        status={<p role="status">{message}</p>}
        newItemForm={
          <NewItemForm
            id="admin-new-area"
            title={t('admin.newArea')}
            headingLevel={3}
            form={form}
            submitLabel={t('admin.addArea')}
            pending={create.isPending}
            onSubmit={() => void form.run((draft) => create.mutateAsync({ planId, input: areaInputOf(draft) }))}
          >
            {(submit) => (
              <div className="row align-items-start">
                <div className="col-md-2">
                  <TextField id="new-area-number" label={t('admin.number')} inputMode="numeric" required {...form.bind('number')} />
                </div>
                <div className="col-md-7">
                  <TextField id="new-area-title" label={t('admin.title')} required {...form.bind('title')} />
                </div>
                <div className="col-md-3 pt-md-4">{submit}</div>
              </div>
            )}
          </NewItemForm>
        }
      />
    </section>
  );
}
