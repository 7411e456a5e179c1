import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/form-field';
import { problemOf } from '@/lib/api-client';
import type { Indicator, Objective, Problem } from '@/types/api';
import { formatPercent } from '@/utils/format';
import { useCreateIndicator } from '@/features/plan-admin/api/create-indicator';
import { useDeleteIndicator } from '@/features/plan-admin/api/delete-indicator';
import { EditableList } from '@/features/plan-admin/components/editable-list';
import { IndicatorEditForm } from '@/features/plan-admin/components/indicator-edit-form';
import { NewItemForm } from '@/features/plan-admin/components/new-item-form';
import { useAdminForm } from '@/features/plan-admin/hooks/use-admin-form';
import { INDICATOR_KINDS, indicatorInputOf, validateIndicator, type IndicatorDraft } from '@/features/plan-admin/utils/drafts';

const EMPTY: IndicatorDraft = {
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

type Props = {
  objective: Objective;
  indicators: Indicator[];
  /** Where a failed deletion is shown: the problem of the objective's structure. */
  onProblem: (problem: Problem | null) => void;
};

/** An objective's indicators: the table, the edit form of one, the form that adds one. */
export function IndicatorsSection({ objective, indicators, onProblem }: Props) {
  const { t } = useTranslation();
  const objectiveId = objective.id ?? 0;
  const create = useCreateIndicator();
  const remove = useDeleteIndicator();
  const form = useAdminForm(EMPTY, validateIndicator);
  const [message, setMessage] = useState('');

  return (
    <>
      <h3 className="h4 mt-3">{t('objective.indicators')}</h3>
      <EditableList
        entity="indicator"
        caption={t('admin.indicatorsOf', { code: objective.code })}
        rows={indicators}
        columns={[
          { header: t('phase.number'), cell: (indicator) => indicator.position },
          { header: t('indicator.description'), cell: (indicator) => indicator.description, rowHeader: true },
          { header: t('admin.kind'), cell: (indicator) => t(`indicator.kind.${indicator.kind}`) },
          { header: t('indicator.target'), cell: (indicator) => formatPercent(indicator.targetValue) },
        ]}
        rowId={(indicator) => indicator.id ?? 0}
        rowName={(indicator) => t('admin.indicatorName', { position: indicator.position })}
        deleteMessage={(indicator) => t('admin.confirmDeleteIndicator', { position: indicator.position })}
        onDelete={(indicator) => {
          remove
            .mutateAsync({ indicatorId: indicator.id ?? 0, version: indicator.version })
            .catch((error: unknown) => onProblem(problemOf(error)));
        }}
        editForm={(indicator, onDone) => <IndicatorEditForm indicator={indicator} onDone={onDone} />}
        announce={setMessage}
        status={<p role="status">{message}</p>}
        newItemForm={
          <NewItemForm
            id="admin-new-indicator"
            title={t('admin.newIndicator')}
            headingLevel={4}
            form={form}
            submitLabel={t('admin.addIndicator')}
            pending={create.isPending}
            onSubmit={() => void form.run((draft) => create.mutateAsync({ objectiveId, input: indicatorInputOf(draft) }))}
          >
            <TextField id="new-indicator-description" label={t('indicator.description')} required {...form.bind('description')} />
            <div className="row">
              <div className="col-md-4">
                <SelectField
                  id="new-indicator-kind"
                  label={t('admin.kind')}
                  value={form.draft.kind}
                  onChange={(e) => form.setField('kind', e.target.value)}
                  options={INDICATOR_KINDS.map((kind) => ({ value: kind, label: t(`indicator.kind.${kind}`) }))}
                />
              </div>
              <div className="col-md-4">
                <TextField id="new-indicator-target" label={t('admin.targetPercent')} inputMode="decimal" {...form.bind('targetValue')} />
              </div>
              <div className="col-md-4">
                <TextField
                  id="new-indicator-planned"
                  label={t('admin.plannedQuantity')}
                  inputMode="decimal"
                  hint={t('admin.plannedQuantityHint')}
                  {...form.bind('plannedQuantity')}
                />
              </div>
            </div>
            <div className="row">
              <div className="col-md-6">
                <TextField id="new-indicator-numerator" label={t('admin.numeratorLabel')} {...form.bind('numeratorLabel')} />
              </div>
              <div className="col-md-6">
                <TextField id="new-indicator-denominator" label={t('admin.denominatorLabel')} {...form.bind('denominatorLabel')} />
              </div>
            </div>
            <div className="row">
              <div className="col-md-4">
                <TextField id="new-indicator-baseline" label={t('admin.baselinePercent')} inputMode="decimal" {...form.bind('baselineValue')} />
              </div>
              <div className="col-md-8">
                <TextField id="new-indicator-baseline-ref" label={t('admin.baselineReference')} {...form.bind('baselineReference')} />
              </div>
            </div>
          </NewItemForm>
        }
      />
    </>
  );
}
