import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { usePeriods } from '@/lib/get-periods';
import { isApiError } from '@/lib/api-client';
import { useOutcome } from '@/lib/use-outcome';
import type { MonitoringPeriod } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useClosePeriod } from '@/features/periods/api/close-period';
import { ReopenForm } from '@/features/periods/components/reopen-form';

type Props = {
  planId: number;
  /** The history of a period (its closings and reopenings with their reasons), drawn by the page. */
  renderHistory?: (period: MonitoringPeriod, onClose: () => void) => ReactNode;
};

/** The plan's monitoring periods: closing one freezes its Allegato A; reopening needs a reason. */
export function PeriodsAdmin({ planId, renderHistory }: Props) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const periods = usePeriods(planId);
  const close = useClosePeriod();
  const [reopening, setReopening] = useState<number>();
  const [viewing, setViewing] = useState<number>();
  const { message, setMessage, problem, run } = useOutcome();
  // A close refused for its collection's parts not accepted: its page closes it with a reason, or once they are.
  const [refused, setRefused] = useState<number>();

  if (periods.isError) return <QueryError error={periods.error} onRetry={() => void periods.refetch()} />;
  if (!periods.data) return <Spinner label={t('common.loading')} />;
  const reopened = periods.data.find((period) => period.id === reopening);
  const viewed = periods.data.find((period) => period.id === viewing);

  async function closeOne(period: MonitoringPeriod) {
    const confirmed = await confirm({
      title: t('confirm.closePeriodTitle'),
      message: t('periods.confirmClose', { label: period.label }),
      confirmLabel: t('confirm.closePeriod'),
      tone: 'primary',
    });
    if (!confirmed) return;
    setRefused(undefined);
    run(
      () =>
        close.mutateAsync({ periodId: period.id ?? 0, version: period.version }).catch((failure: unknown) => {
          if (isApiError(failure) && failure.fieldErrors.reason) setRefused(period.id);
          throw failure;
        }),
      () => t('periods.closedNow', { label: period.label }),
    );
  }

  return (
    <section aria-labelledby="admin-periods-title" className="mb-5">
      {confirmDialog}
      <h2 id="admin-periods-title" className="h3">
        {t('periods.heading')}
      </h2>
      <p>{t('periods.intro')}</p>
      <ProblemAlert problem={problem} formFields={[]} />
      {problem && refused != null ? (
        <p>
          <Link to={paths.collection(refused)}>{t('periods.toCollection')}</Link>
        </p>
      ) : null}
      {message ? (
        <Alert tone="success" role="status">
          {message}
        </Alert>
      ) : null}
      <RecordTable
        caption={t('periods.heading')}
        rows={periods.data}
        rowKey={(period) => period.id}
        rowTestId={(period) => `period-row-${period.id}`}
        columns={[
          { header: t('periods.period'), rowHeader: true, cell: (period) => period.label },
          { header: t('periods.date'), cell: (period) => formatDate(period.referenceDate) },
          {
            header: t('periods.status'),
            cell: (period) =>
              period.status === 'CLOSED'
                ? t('periods.closedOn', { at: formatDateTime(period.closedAt), by: period.closedBy ?? '' })
                : t('periods.open'),
          },
        ]}
        actions={(period) => (
          <>
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
            {renderHistory ? (
              <Button
                size="sm"
                variant="secondary"
                outline
                className="ms-2"
                aria-expanded={viewing === period.id}
                onClick={() => setViewing(viewing === period.id ? undefined : period.id)}
              >
                {t('history.show')} <span className="visually-hidden">{period.label}</span>
              </Button>
            ) : null}
          </>
        )}
      />
      {viewed && renderHistory ? renderHistory(viewed, () => setViewing(undefined)) : null}
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
