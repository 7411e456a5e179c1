import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { formatDate } from '@/utils/format';
import { useCollections, type PeriodCollection } from '@/features/collection/api/get-collections';
import { tallyText } from '@/features/collection/utils/parts';

function CollectionCell({ entry }: { entry: PeriodCollection }) {
  const { t } = useTranslation();
  const { collection } = entry;
  if (!collection) return <>{t('collections.none')}</>;
  return (
    <>
      {t('collections.deadlineOn', { date: formatDate(collection.deadline) })}
      <span className="d-block small">{tallyText(t, collection.parts ?? [])}</span>
    </>
  );
}

/** `/amministrazione/raccolte`: every monitoring period, with its collection's progress or the way to open one. */
export function CollectionsList() {
  const { t } = useTranslation();
  const collections = useCollections({ kind: 'all' });

  let body;
  if (collections.isError) body = <QueryError error={collections.error} onRetry={() => void collections.refetch()} />;
  else if (!collections.data) body = <Spinner label={t('common.loading')} />;
  else if (collections.data.length === 0) body = <Alert tone="info">{t('collections.noPeriods')}</Alert>;
  else {
    body = (
      <RecordTable
        caption={t('collections.caption')}
        rows={collections.data}
        rowKey={(entry) => entry.period.id}
        rowTestId={(entry) => `collections-row-${entry.period.id}`}
        columns={[
          { header: t('collections.period'), rowHeader: true, cell: (entry) => entry.period.label },
          { header: t('collections.plan'), cell: (entry) => entry.plan.title },
          {
            header: t('collections.periodStatus'),
            cell: (entry) => (entry.period.status === 'CLOSED' ? t('collections.closed') : t('collections.open')),
          },
          { header: t('collections.collection'), cell: (entry) => <CollectionCell entry={entry} /> },
        ]}
        actions={(entry) =>
          entry.collection || entry.period.status === 'OPEN' ? (
            <Link to={paths.collection(entry.period.id ?? 0)} className="btn btn-sm btn-outline-primary">
              {t(entry.collection ? 'collections.follow' : 'collections.start')}{' '}
              <span className="visually-hidden">{entry.period.label}</span>
            </Link>
          ) : null
        }
      />
    );
  }

  return (
    <>
      <h1>{t('collections.title')}</h1>
      <p className="lead">{t('collections.intro')}</p>
      {body}
    </>
  );
}
