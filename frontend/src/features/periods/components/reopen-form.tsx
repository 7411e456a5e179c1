import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-field';
import { isApiError } from '@/lib/api-client';
import type { MonitoringPeriod, Problem } from '@/types/api';
import { useReopenPeriod } from '@/features/periods/api/close-period';

const MIN_REASON = 10;

/** Reopening a closed period is an administrator's act that the audit trail keeps with its reason. */
export function ReopenForm({ period, onDone }: { period: MonitoringPeriod; onDone: (reopened: boolean) => void }) {
  const { t } = useTranslation();
  const reopen = useReopenPeriod();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const focusReason = () => document.getElementById('reopen-reason')?.focus();

  useEffect(focusReason, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setError(t('periods.reasonTooShort', { count: MIN_REASON }));
      focusReason();
      return;
    }
    setError(undefined);
    setProblem(null);
    reopen
      .mutateAsync({ periodId: period.id ?? 0, version: period.version, reason: reason.trim() })
      .then(() => onDone(true))
      .catch((failure: unknown) => {
        const found = isApiError(failure) ? failure.problem : { title: String(failure) };
        setProblem(found);
        if (isApiError(failure) && failure.fieldErrors.reason) setError(failure.fieldErrors.reason);
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reopen-title" className="border rounded p-3">
      <h3 id="reopen-title" className="h5">
        {t('periods.reopenTitle', { label: period.label })}
      </h3>
      <ProblemAlert problem={problem} formFields={['reason']} />
      <TextAreaField
        id="reopen-reason"
        label={t('periods.reason')}
        hint={t('periods.reasonHint')}
        error={error}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="d-flex gap-2">
        <Button type="submit" disabled={reopen.isPending}>
          {t('periods.confirmReopen')}
        </Button>
        <Button outline onClick={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
