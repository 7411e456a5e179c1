import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { usePeriods } from '@/lib/get-periods';
import type { Plan } from '@/types/api';

type Props = { plans: Plan[]; planId: number; periodId?: number };

/**
 * Switches plan and period. A button confirms the choice, since a select that navigates by itself would
 * take a keyboard user elsewhere while browsing its options.
 */
export function PlanPeriodPicker({ plans, planId, periodId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [plan, setPlan] = useState(planId);
  const [period, setPeriod] = useState<number | undefined>(periodId);
  const periods = usePeriods(plan);
  const periodOptions = (periods.data ?? []).map((p) => ({ value: String(p.id), label: p.label ?? '' }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = periods.data?.some((p) => p.id === period) ? period : undefined;
    navigate(chosen != null ? paths.planPeriod(plan, chosen) : paths.plan(plan));
  }

  return (
    <form className="plan-period-picker row g-3 align-items-end" onSubmit={submit} aria-label={t('picker.label')}>
      <div className="col-md-4">
        <SelectField
          id="picker-plan"
          label={t('picker.plan')}
          value={String(plan)}
          onChange={(event) => {
            setPlan(Number(event.target.value));
            setPeriod(undefined);
          }}
          options={plans.map((p) => ({ value: String(p.id), label: `${p.title ?? ''} (${p.year})` }))}
        />
      </div>
      <div className="col-md-5">
        <SelectField
          id="picker-period"
          label={t('picker.period')}
          value={period != null ? String(period) : ''}
          onChange={(event) => setPeriod(event.target.value ? Number(event.target.value) : undefined)}
          options={[{ value: '', label: t('picker.latestPeriod') }, ...periodOptions]}
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
