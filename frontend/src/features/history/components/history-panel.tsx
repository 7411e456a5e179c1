import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { AuditEvent } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useHistory, type HistorySource } from '@/features/history/api/get-audit-events';
import { fieldLabel, formatChangeValue } from '@/utils/format-change';

const PAGE = 20;

type Props = {
  id: string;
  title: string;
  sources: HistorySource[];
  onClose: () => void;
  /** The panel's heading continues the page's outline: 2 beside an objective's summary, 3 within a section. */
  headingLevel?: 2 | 3;
};

/** The recorded changes of an objective, an indicator and its result, or a phase: who, when, what from and to. */
export function HistoryPanel({ id, title, sources, onClose, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [limit, setLimit] = useState(PAGE);
  const history = useHistory(sources, limit);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      id={id}
      className="history-panel card-bg rounded shadow p-4 my-4"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="d-flex justify-content-between align-items-start gap-3">
        <Heading id={`${id}-title`} ref={heading} tabIndex={-1} className="h4">
          {title}
        </Heading>
        <Button variant="secondary" outline size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      {history.error ? (
        <QueryError error={history.error} onRetry={history.refetch} />
      ) : history.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : history.events.length === 0 ? (
        <p className="mb-0">{t('history.none')}</p>
      ) : (
        <>
          <ol className="history-events list-unstyled mb-0" aria-label={t('history.caption')}>
            {history.events.map((event) => (
              <HistoryEvent
                key={event.id}
                event={event}
                showEntity={sources.length > 1 || sources.some((source) => 'objectiveId' in source)}
              />
            ))}
          </ol>
          {history.more ? (
            <Button variant="primary" outline size="sm" className="mt-3" onClick={() => setLimit((n) => n + PAGE)}>
              {t('history.more')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function HistoryEvent({ event, showEntity }: { event: AuditEvent; showEntity: boolean }) {
  const { t } = useTranslation();
  const changes = event.changes ?? [];
  return (
    <li className="history-event" data-testid="history-event">
      <p className="mb-1">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
        {' · '}
        <strong data-testid="history-actor">{event.actorName}</strong>
        {event.actorKind && event.actorKind !== 'USER' ? ` (${t(`history.actor.${event.actorKind}`)})` : ''}
        {' · '}
        {event.action ? t(`history.action.${event.action}`) : ''}
        {showEntity && event.entityType
          ? ` ${t(`history.entity.${event.entityType}`, { defaultValue: event.entityType })}`
          : ''}
      </p>
      {event.reason ? (
        <p className="small mb-1" data-testid="history-reason">
          <span className="fw-semibold">{t('history.reason')}</span>: {event.reason}
        </p>
      ) : null}
      {changes.length > 0 ? (
        <ul className="history-changes small">
          {changes.map((change) => (
            <li key={change.field} data-testid={`history-change-${change.field}`}>
              <span className="fw-semibold">{fieldLabel(t, change.field)}</span>:{' '}
              <span data-testid="history-old">{formatChangeValue(t, change.field, change.oldValue)}</span>{' '}
              <span aria-hidden="true">→</span> <span className="visually-hidden">{t('history.to')}</span>{' '}
              <span data-testid="history-new">{formatChangeValue(t, change.field, change.newValue)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
