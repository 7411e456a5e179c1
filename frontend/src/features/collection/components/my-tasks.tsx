import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/utils/format';
import { useCollections, type PeriodCollection } from '@/features/collection/api/get-collections';
import { DeadlineText } from '@/features/collection/components/deadline-text';
import { PartCard } from '@/features/collection/components/part-card';
import { ReminderPreferences } from '@/features/collection/components/reminder-preferences';
import { partsFor } from '@/features/collection/utils/parts';
import type { Collection, CollectionPart } from '@/types/api';

type Entry = PeriodCollection & { collection: Collection; parts: CollectionPart[] };

function PeriodTasks({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { plan, period, collection, parts } = entry;
  const titleId = `tasks-period-${period.id}`;
  return (
    <section aria-labelledby={titleId} className="mb-5" data-testid={`tasks-period-${period.id}`}>
      <h2 id={titleId} className="h3">
        {period.label}
        <span className="d-block fs-6 fw-normal mt-1">{plan.title}</span>
      </h2>
      <dl className="collection-facts">
        <div>
          <dt>{t('collection.deadline')}</dt>
          <dd data-testid="deadline">
            {period.status === 'OPEN' ? <DeadlineText deadline={collection.deadline} /> : formatDate(collection.deadline)}
          </dd>
        </div>
        <div>
          <dt>{t('collection.opened')}</dt>
          <dd>{t('collection.openedBy', { at: formatDateTime(collection.openedAt), by: collection.openedBy ?? '–' })}</dd>
        </div>
      </dl>
      {collection.message ? (
        <figure className="collection-message">
          <figcaption className="fw-semibold">{t('collection.message')}</figcaption>
          <blockquote className="mb-0" data-testid="collection-message">
            {collection.message}
          </blockquote>
        </figure>
      ) : null}
      {period.status === 'CLOSED' ? <Alert tone="info">{t('tasks.periodClosed')}</Alert> : null}
      {parts.map((part) => (
        <PartCard key={part.id} part={part} period={period} />
      ))}
    </section>
  );
}

/**
 * `Le mie attività`: for each open collection, the parts of the signed-in person's structures with what is asked of
 * them; with a period chosen (the reminders' link), that period's only, open or closed.
 */
export function MyTasks({ periodId }: { periodId?: number }) {
  const { t } = useTranslation();
  const me = useCurrentUser().data;
  const collections = useCollections(periodId != null ? { kind: 'period', periodId } : { kind: 'open' });
  const isAdministrator = me?.role === 'ADMINISTRATOR';

  let body;
  if (collections.isError) {
    body = <QueryError error={collections.error} onRetry={() => void collections.refetch()} />;
  } else if (!collections.data) {
    body = <Spinner label={t('common.loading')} />;
  } else {
    const entries = collections.data
      .filter((entry): entry is PeriodCollection & { collection: Collection } => entry.collection != null)
      .map((entry) => ({ ...entry, parts: partsFor(me, entry.collection) }))
      .filter((entry) => entry.parts.length > 0)
      .sort((a, b) => (a.collection.deadline ?? '').localeCompare(b.collection.deadline ?? ''));
    body =
      entries.length === 0 ? (
        <Alert tone="info">{periodId != null ? t('tasks.noneForPeriod') : t('tasks.none')}</Alert>
      ) : (
        entries.map((entry) => <PeriodTasks key={entry.period.id} entry={entry} />)
      );
  }

  return (
    <>
      <h1>{t('tasks.title')}</h1>
      <p className="lead">{t('tasks.intro')}</p>
      {periodId != null ? (
        <p>
          <Link to={paths.myTasks()}>{t('tasks.allOpen')}</Link>
        </p>
      ) : null}
      {isAdministrator ? (
        <Alert tone="info">
          {t('tasks.adminNote')} <Link to={paths.collections()}>{t('nav.collections')}</Link>.
        </Alert>
      ) : null}
      {body}
      <ReminderPreferences />
    </>
  );
}
