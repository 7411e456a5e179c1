import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-field';
import type { Indicator, JudgedAgainst } from '@/types/api';
import { useUpdateIndicator } from '@/features/plan-admin/api/update-indicator';
import { EditFrame } from '@/features/plan-admin/components/edit-frame';
import { useEditForm } from '@/features/plan-admin/hooks/use-edit-form';
import { INDICATOR_KINDS, indicatorDraftOf, indicatorInputOf, validateIndicator } from '@/features/plan-admin/utils/drafts';

const JUDGEMENTS: JudgedAgainst[] = ['TARGET', 'PRO_RATA'];

type Props = { indicator: Indicator; onDone: (saved: boolean) => void };

/** Every field of an indicator: description, kind, labels, planned quantity, baseline, targets, planning note. */
export function IndicatorEditForm({ indicator, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateIndicator();
  const form = useEditForm({
    entity: indicator,
    audited: { type: 'indicator', id: indicator.id ?? 0 },
    draftOf: indicatorDraftOf,
    validate: validateIndicator,
    save: (draft, version) =>
      update.mutateAsync({
        indicatorId: indicator.id ?? 0,
        version,
        input: { ...indicatorInputOf(draft), position: indicator.position ?? null },
      }),
    onSaved: () => onDone(true),
  });
  const labels = {
    description: t('indicator.description'),
    kind: t('admin.kind'),
    judgedAgainst: t('admin.judgedAgainst'),
    numeratorLabel: t('admin.numeratorLabel'),
    denominatorLabel: t('admin.denominatorLabel'),
    plannedQuantity: t('admin.plannedQuantity'),
    baselineValue: t('admin.baselinePercent'),
    baselineReference: t('admin.baselineReference'),
    targetValue: t('admin.targetPercent'),
    nextYearsTargetValue: t('admin.nextYearsTargetValue'),
    nextYearsTargetRule: t('admin.nextYearsTargetRule'),
    planningNote: t('admin.planningNote'),
  };
  const field = (name: keyof typeof labels) => ({
    id: `edit-indicator-${name}`,
    label: labels[name],
    value: form.draft[name],
    error: form.errors[name],
    onChange: (e: { target: { value: string } }) => form.setField(name, e.target.value),
  });
  const name = t('admin.indicatorName', { position: indicator.position });
  return (
    <EditFrame
      id="edit-indicator"
      title={t('admin.editOf', { name })}
      what={name}
      labels={labels}
      form={form}
      updatedAt={indicator.updatedAt}
      headingLevel={4}
      onCancel={() => onDone(false)}
    >
      <TextField {...field('description')} required />
      {form.draft.kind !== 'TIMELINE' ? (
        <SelectField
          {...field('judgedAgainst')}
          hint={t('admin.judgedAgainstHint')}
          options={[
            ...(form.draft.judgedAgainst === '' ? [{ value: '', label: t('admin.judgedAgainstDefault') }] : []),
            ...JUDGEMENTS.map((value) => ({ value, label: t(`indicator.judgedAgainst.${value}`) })),
          ]}
        />
      ) : null}
      <div className="row">
        <div className="col-md-4">
          <SelectField {...field('kind')} options={INDICATOR_KINDS.map((kind) => ({ value: kind, label: t(`indicator.kind.${kind}`) }))} />
        </div>
        <div className="col-md-4">
          <TextField {...field('targetValue')} inputMode="decimal" />
        </div>
        <div className="col-md-4">
          <TextField {...field('plannedQuantity')} inputMode="decimal" hint={t('admin.plannedQuantityHint')} />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6">
          <TextField {...field('numeratorLabel')} />
        </div>
        <div className="col-md-6">
          <TextField {...field('denominatorLabel')} />
        </div>
      </div>
      <div className="row">
        <div className="col-md-4">
          <TextField {...field('baselineValue')} inputMode="decimal" />
        </div>
        <div className="col-md-8">
          <TextField {...field('baselineReference')} />
        </div>
      </div>
      <div className="row">
        <div className="col-md-4">
          <TextField {...field('nextYearsTargetValue')} inputMode="decimal" />
        </div>
        <div className="col-md-8">
          <TextField {...field('nextYearsTargetRule')} hint={t('admin.nextYearsHint')} />
        </div>
      </div>
      <TextAreaField {...field('planningNote')} />
    </EditFrame>
  );
}
