import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import type { MonitoringPeriod } from '@/types/api';

type Props = { id: string; periods: MonitoringPeriod[]; periodId?: number; onChoose: (periodId: number) => void };

/** Chooses one of a plan's monitoring periods; a button confirms, so that browsing the options goes nowhere. */
export function PeriodPicker({ id, periods, periodId, onChoose }: Props) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(periodId);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (period != null) onChoose(period);
  }
  return (
    <form className="row g-3 align-items-end" onSubmit={submit} aria-label={t('picker.periodLabel')}>
      <div className="col-md-6">
        <SelectField
          id={id}
          label={t('picker.period')}
          value={period != null ? String(period) : ''}
          onChange={(event) => setPeriod(Number(event.target.value))}
          options={periods.map((p) => ({ value: String(p.id), label: p.label ?? '' }))}
        />
      </div>
      <div className="col-md-3 mb-3">
        <Button type="submit" variant="primary" outline>
          {t('picker.show')}
        </Button>
      </div>
    </form>
  );
}
