import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { problemOf } from '@/lib/api-client';
import type { Collection, MonitoringPeriod, Problem, ReminderRun } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useReminders } from '@/features/collection/api/get-reminders';
import { useSendReminders } from '@/features/collection/api/send-reminders';

/** What a run queued, in words, with the next reminder day. */
export function runOutcome(t: TFunction, run: ReminderRun): string {
  const next = run.nextSlot ? ` ${t('board.nextReminder', { date: formatDate(run.nextSlot) })}` : '';
  const queued = run.queued?.length ?? 0;
  if (queued > 0) return t('board.remindersQueued', { count: queued }) + next;
  if ((run.alreadyQueued ?? 0) > 0) return t('board.remindersAlreadyQueued', { count: run.alreadyQueued }) + next;
  if (!run.slot) return t('board.remindersNotYet') + next;
  return t('board.remindersNobody') + next;
}

/** The e-mail the service wrote about this collection (reminders, notices), whether each went out, and sending today's now. */
export function Reminders({ collection, period }: { collection: Collection; period: MonitoringPeriod }) {
  const { t } = useTranslation();
  const reminders = useReminders(collection);
  const send = useSendReminders();
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  function sendNow() {
    setOutcome('');
    setProblem(null);
    send
      .mutateAsync(period.id ?? 0)
      .then((done) => setOutcome(runOutcome(t, done)))
      .catch((failure: unknown) => setProblem(problemOf(failure)));
  }

  let body;
  if (reminders.isError) body = <QueryError error={reminders.error} onRetry={() => void reminders.refetch()} />;
  else if (!reminders.data) body = <Spinner label={t('common.loading')} />;
  else if (reminders.data.length === 0) body = <p data-testid="reminders-none">{t('board.remindersNone')}</p>;
  else {
    body = (
      <RecordTable
        caption={t('board.remindersCaption')}
        rows={reminders.data}
        rowKey={(mail) => mail.id}
        columns={[
          {
            header: t('board.recipient'),
            rowHeader: true,
            cell: (mail) => (
              <>
                {mail.recipientName ?? mail.recipientAddress}
                {mail.recipientName ? <span className="d-block small">{mail.recipientAddress}</span> : null}
              </>
            ),
          },
          { header: t('board.subject'), cell: (mail) => mail.subject },
          {
            header: t('board.mailState'),
            cell: (mail) => (
              <>
                {t(`board.mail.${mail.state ?? 'PENDING'}`)}
                {mail.lastError ? (
                  <span className="d-block small">{t('board.attempts', { count: mail.attempts ?? 0, error: mail.lastError })}</span>
                ) : null}
              </>
            ),
          },
          { header: t('board.queuedAt'), cell: (mail) => formatDateTime(mail.createdAt) },
          { header: t('board.sentAt'), cell: (mail) => formatDateTime(mail.sentAt) },
        ]}
      />
    );
  }
  return (
    <section aria-labelledby="reminders-title" className="mb-5">
      <h2 id="reminders-title" className="h4">
        {t('board.remindersHeading')}
      </h2>
      <p>{t('board.remindersIntro')}</p>
      {period.status === 'OPEN' ? (
        <div className="mb-3">
          <Button
            outline
            size="sm"
            disabled={send.isPending}
            onClick={sendNow}
          >
            {t('board.sendReminders')}
          </Button>
        </div>
      ) : null}
      <div role="status" className={outcome ? 'alert alert-info' : undefined}>
        {outcome}
      </div>
      <ProblemAlert problem={problem} formFields={[]} />
      {body}
    </section>
  );
}
