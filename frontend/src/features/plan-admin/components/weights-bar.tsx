import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { WeightTotal } from '@/features/plan-admin/components/weight-total';
import type { WeightTotal as Total } from '@/features/plan-admin/utils/weights';

type FieldProps = { id: string; label: string; value: string; error?: string; onChange: (value: string) => void };

/** A row's weight, typed in the table; its label is for screen readers, the column header says it to the eye. */
export function WeightField({ id, label, value, error, onChange }: FieldProps) {
  return (
    <TextField
      id={id}
      className="mb-0"
      label={<span className="visually-hidden">{label}</span>}
      inputMode="decimal"
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

type BarProps = {
  total: Total;
  testId: string;
  changed: number;
  saving: boolean;
  onSave: () => void;
  /** The list's announcement: weights saved, or a row's edit saved. */
  message: string;
};

/** Under a weighted list: the live total, the button that saves the changed weights and the list's status. */
export function WeightsBar({ total, testId, changed, saving, onSave, message }: BarProps) {
  const { t } = useTranslation();
  return (
    <>
      <WeightTotal total={total} testId={testId} />
      <div className="d-flex align-items-center gap-3 mb-4">
        <Button onClick={onSave} disabled={changed === 0 || saving}>
          {t('admin.saveWeights', { count: changed })}
        </Button>
        <span role="status">{message}</span>
      </div>
    </>
  );
}
