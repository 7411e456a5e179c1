import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { isApiError } from '@/lib/api-client';
import type { Problem, StrategicArea } from '@/types/api';
import { useCreateArea } from '@/features/plan-admin/api/create-area';
import { useDeleteArea } from '@/features/plan-admin/api/delete-area';
import { AreaEditForm } from '@/features/plan-admin/components/area-edit-form';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { areaInputOf, validateArea, type AreaDraft } from '@/features/plan-admin/utils/drafts';
import { focusSoon } from '@/features/plan-admin/utils/focus';

const EMPTY: AreaDraft = { number: '', title: '' };

export function AreasSection({ planId, areas }: { planId: number; areas: StrategicArea[] }) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const create = useCreateArea();
  const remove = useDeleteArea();
  const form = useAdminForm(EMPTY, validateArea);
  const [deleteProblem, setDeleteProblem] = useState<Problem | null>(null);
  const [editing, setEditing] = useState<number>();
  const [message, setMessage] = useState('');
  const edited = areas.find((area) => area.id === editing);

  return (
    <section aria-labelledby="admin-areas-title" className="mb-5">
      {confirmDialog}
      <h2 id="admin-areas-title" className="h3">
        {t('admin.areas')}
      </h2>
      <ProblemMessage problem={deleteProblem} fields={[]} />
      <Table caption={t('admin.areas')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('admin.number')}</th>
            <th scope="col">{t('admin.title')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id}>
              <td>{area.number}</td>
              <th scope="row" className="fw-normal">
                {area.title}
              </th>
              <td>
                <div className="d-flex flex-wrap gap-1">
                <Button
                  size="sm"
                  outline
                  id={`edit-area-button-${area.id}`}
                  aria-pressed={editing === area.id}
                  onClick={() => {
                    setMessage('');
                    setEditing(area.id);
                  }}
                >
                  {t('common.edit')} <span className="visually-hidden">{t('admin.areaName', { number: area.number })}</span>
                </Button>
                <Button
                  size="sm"
                  variant="danger"
                  outline
                  onClick={async () => {
                    const confirmed = await confirm({
                      title: t('confirm.deleteTitle'),
                      message: t('admin.confirmDeleteArea', { number: area.number }),
                      confirmLabel: t('common.delete'),
                      tone: 'danger',
                    });
                    if (!confirmed) return;
                    setDeleteProblem(null);
                    remove
                      .mutateAsync({ areaId: area.id ?? 0, version: area.version })
                      .catch((error: unknown) => setDeleteProblem(isApiError(error) ? error.problem : { title: String(error) }));
                  }}
                >
                  {t('common.delete')} <span className="visually-hidden">{t('admin.areaName', { number: area.number })}</span>
                </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p role="status">{message}</p>
      {edited ? (
        <AreaEditForm
          key={edited.id}
          area={edited}
          onDone={(saved) => {
            setEditing(undefined);
            focusSoon(`edit-area-button-${edited.id}`);
            if (saved) setMessage(t('admin.saved'));
          }}
        />
      ) : null}
      <form
        noValidate
        aria-labelledby="admin-new-area-title"
        onSubmit={(event) => {
          event.preventDefault();
          void form.run((draft) => create.mutateAsync({ planId, input: areaInputOf(draft) }));
        }}
      >
        <h3 id="admin-new-area-title" className="h5">
          {t('admin.newArea')}
        </h3>
        <ProblemMessage problem={form.problem} fields={['number', 'title']} />
        <div className="row align-items-start">
          <div className="col-md-2">
            <TextField
              id="new-area-number"
              label={t('admin.number')}
              inputMode="numeric"
              required
              value={form.draft.number}
              error={form.errors.number}
              onChange={(e) => form.setField('number', e.target.value)}
            />
          </div>
          <div className="col-md-7">
            <TextField
              id="new-area-title"
              label={t('admin.title')}
              required
              value={form.draft.title}
              error={form.errors.title}
              onChange={(e) => form.setField('title', e.target.value)}
            />
          </div>
          <div className="col-md-3 pt-md-4">
            <Button type="submit" disabled={create.isPending}>
              {t('admin.addArea')}
            </Button>
          </div>
        </div>
      </form>
    </section>
  );
}
