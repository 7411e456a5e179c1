import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Spinner } from '@/components/ui/spinner';
import type { Collection } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useReminders } from '@/features/collection/api/get-reminders';

/** The e-mail the service wrote about this collection (reminders, notices), with whether each went out. */
export function Reminders({ collection }: { collection: Collection }) {
  const { t } = useTranslation();
  const reminders = useReminders(collection);
  let body;
  if (reminders.isError) body = <QueryError error={reminders.error} onRetry={() => void reminders.refetch()} />;
  else if (!reminders.data) body = <Spinner label={t('common.loading')} />;
  else if (reminders.data.length === 0) body = <p data-testid="reminders-none">{t('board.remindersNone')}</p>;
  else {
    body = (
      <RecordTable
        caption={t('board.remindersCaption')}
        rows={reminders.data}
        rowKey={(message) => message.id}
        columns={[
          {
            header: t('board.recipient'),
            rowHeader: true,
            cell: (message) => (
              <>
                {message.recipientName ?? message.recipientAddress}
                {message.recipientName ? <span className="d-block small">{message.recipientAddress}</span> : null}
              </>
            ),
          },
          { header: t('board.subject'), cell: (message) => message.subject },
          {
            header: t('board.mailState'),
            cell: (message) => (
              <>
                {t(`board.mail.${message.state ?? 'PENDING'}`)}
                {message.lastError ? (
                  <span className="d-block small">
                    {t('board.attempts', { count: message.attempts ?? 0, error: message.lastError })}
                  </span>
                ) : null}
              </>
            ),
          },
          { header: t('board.queuedAt'), cell: (message) => formatDateTime(message.createdAt) },
          { header: t('board.sentAt'), cell: (message) => formatDateTime(message.sentAt) },
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
      {body}
    </section>
  );
}
