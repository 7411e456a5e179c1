import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { TextAreaField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import type { MonitoringPeriod, Problem } from '@/types/api';
import { useClosePeriod } from '@/features/periods/api/close-period';

const REASON_MAX = 1000;

type Props = {
  period: MonitoringPeriod;
  /** The structures whose parts of the period's collection are not accepted: closing over them needs a reason. */
  unaccepted: readonly string[];
};

/** Closing a period from its collection: once every part is accepted, or before with the reason the trail keeps. */
export function ClosePeriodPanel({ period, unaccepted }: Props) {
  const { t } = useTranslation();
  const close = useClosePeriod();
  const [dialog, confirm] = useConfirm();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem | null>(null);
  // The backend may know of parts this page has not seen yet: its refusal naming `reason` asks for one too.
  const [reasonAsked, setReasonAsked] = useState(false);
  const needsReason = unaccepted.length > 0 || reasonAsked;
  const [closedNow, setClosedNow] = useState(false);
  const done = useRef<HTMLDivElement>(null);
  const focusReason = () => document.getElementById('close-reason')?.focus();

  // The form is gone once the period is closed: the keyboard and the screen reader go on from what happened.
  const closed = period.status === 'CLOSED';
  useEffect(() => {
    if (closedNow && closed) done.current?.focus();
  }, [closedNow, closed]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (needsReason && !reason.trim()) {
      setError(t('closing.reasonRequired'));
      focusReason();
      return;
    }
    setError(undefined);
    const confirmed = await confirm({
      title: t('confirm.closePeriodTitle'),
      message: t('periods.confirmClose', { label: period.label }),
      confirmLabel: t('confirm.closePeriod'),
    });
    if (!confirmed) return;
    close
      .mutateAsync({ periodId: period.id ?? 0, version: period.version, reason: needsReason ? reason.trim() : undefined })
      .then(() => setClosedNow(true))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure) && failure.fieldErrors.reason) {
          setReasonAsked(true);
          if (reason.trim()) setError(failure.fieldErrors.reason);
        }
      });
  }

  if (closed) {
    return closedNow ? (
      <div ref={done} tabIndex={-1} role="status" className="alert alert-success mb-5">
        {t('periods.closedNow', { label: period.label })}
      </div>
    ) : null;
  }

  return (
    <section aria-labelledby="close-period-title" className="card-bg rounded shadow-sm p-4 mb-5">
      {dialog}
      <h2 id="close-period-title" className="h4">
        {t('closing.heading')}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="close-period-title">
        {needsReason ? (
          <Alert tone="warning">
            {unaccepted.length > 0
              ? t('closing.pending', { structures: unaccepted.join(', '), count: unaccepted.length })
              : t('closing.pendingUnknown')}
          </Alert>
        ) : (
          <p>{t('closing.allAccepted')}</p>
        )}
        <ProblemAlert problem={problem} formFields={['reason']} />
        {needsReason ? (
          <TextAreaField
            id="close-reason"
            label={t('closing.reason')}
            hint={t('closing.reasonHint')}
            required
            maxLength={REASON_MAX}
            value={reason}
            error={error}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        <Button type="submit" variant="danger" outline disabled={close.isPending}>
          {t('periods.close')}
        </Button>
      </form>
    </section>
  );
}
