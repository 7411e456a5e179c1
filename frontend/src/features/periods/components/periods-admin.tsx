import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { Table } from '@/components/ui/table';
import { isApiError } from '@/lib/api-client';
import { usePeriods } from '@/lib/get-periods';
import type { MonitoringPeriod, Problem } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useClosePeriod } from '@/features/periods/api/close-period';
import { ReopenForm } from '@/features/periods/components/reopen-form';

/** The plan's monitoring periods: closing one freezes its Allegato A; reopening needs a reason. */
export function PeriodsAdmin({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const periods = usePeriods(planId);
  const close = useClosePeriod();
  const [reopening, setReopening] = useState<number>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');

  if (periods.isError) return <QueryError error={periods.error} onRetry={() => void periods.refetch()} />;
  if (!periods.data) return <Spinner label={t('common.loading')} />;
  const reopened = periods.data.find((period) => period.id === reopening);

  async function closeOne(period: MonitoringPeriod) {
    const confirmed = await confirm({
      title: t('confirm.closePeriodTitle'),
      message: t('periods.confirmClose', { label: period.label }),
      confirmLabel: t('confirm.closePeriod'),
      tone: 'primary',
    });
    if (!confirmed) return;
    setProblem(null);
    setMessage('');
    close
      .mutateAsync({ periodId: period.id ?? 0, version: period.version })
      .then(() => setMessage(t('periods.closedNow', { label: period.label })))
      .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }));
  }

  return (
    <section aria-labelledby="admin-periods-title" className="mb-5">
      {confirmDialog}
      <h2 id="admin-periods-title" className="h3">
        {t('periods.heading')}
      </h2>
      <p>{t('periods.intro')}</p>
      <ProblemAlert problem={problem} formFields={[]} />
      {message ? (
        <Alert tone="success" role="status">
          {message}
        </Alert>
      ) : null}
      <Table caption={t('periods.heading')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('periods.period')}</th>
            <th scope="col">{t('periods.date')}</th>
            <th scope="col">{t('periods.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.data.map((period) => (
            <tr key={period.id} data-testid={`period-row-${period.id}`}>
              <th scope="row" className="fw-normal">
                {period.label}
              </th>
              <td>{formatDate(period.referenceDate)}</td>
              <td>
                {period.status === 'CLOSED'
                  ? t('periods.closedOn', { at: formatDateTime(period.closedAt), by: period.closedBy ?? '' })
                  : t('periods.open')}
              </td>
              <td>
                {period.status === 'CLOSED' ? (
                  <Button
                    size="sm"
                    outline
                    aria-pressed={reopening === period.id}
                    onClick={() => {
                      setMessage('');
                      setReopening(period.id);
                    }}
                  >
                    {t('periods.reopen')} <span className="visually-hidden">{period.label}</span>
                  </Button>
                ) : (
                  <Button size="sm" variant="danger" outline disabled={close.isPending} onClick={() => closeOne(period)}>
                    {t('periods.close')} <span className="visually-hidden">{period.label}</span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {reopened ? (
        <ReopenForm
          key={reopened.id}
          period={reopened}
          onDone={(done) => {
            setReopening(undefined);
            if (done) setMessage(t('periods.reopenedNow', { label: reopened.label }));
          }}
        />
      ) : null}
    </section>
  );
}
