import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import type { PublishedFile, PublishedPeriod, PublishedPlan } from '@/types/api';
import { usePublication } from '@/features/publication/api/get-publication';
import { PublishedFiles } from '@/features/publication/components/published-files';
import { formatPublicationDate } from '@/features/publication/utils/publication-date';

const GROUPS = ['ALLEGATO_A', 'RELAZIONE', 'OPEN_DATA'] as const;

function Period({ plan, period }: { plan: PublishedPlan; period: PublishedPeriod }) {
  const { t } = useTranslation();
  const files = period.files ?? [];
  return (
    <section aria-labelledby={`period-${period.periodId}`} className="mb-4">
      <h3 id={`period-${period.periodId}`} className="h5">
        {period.label}
      </h3>
      <p className="small mb-2">
        {t(`transparency.kind.${period.kind ?? 'INTERIM'}`)} ·{' '}
        {t('transparency.publishedOn', { date: formatPublicationDate(period.published) })} ·{' '}
        {t('transparency.modifiedOn', { date: formatPublicationDate(period.modified) })}
      </p>
      {GROUPS.map((group) => {
        const inGroup = files.filter((file: PublishedFile) => file.group === group);
        return inGroup.length > 0 ? (
          <PublishedFiles
            key={group}
            caption={t(`transparency.group.${group}`, { plan: plan.title, period: period.label })}
            files={inGroup}
          />
        ) : null;
      })}
    </section>
  );
}

/**
 * Amministrazione trasparente › Performance: for each published plan its closed periods with the Allegato A, the
 * Relazione (final period) and the open data, each with the day it was published and last changed; the licence and
 * the DCAT-AP_IT catalogue. Public: it is what the agency publishes by law.
 */
export function PublicationPage() {
  const { t } = useTranslation();
  const publication = usePublication();

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb-container">
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to={paths.home()}>{t('nav.dashboard')}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item">
            {t('transparency.section')}
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {t('transparency.performance')}
          </li>
        </ol>
      </nav>
      <h1>{t('transparency.title')}</h1>
      <p>{t('transparency.intro')}</p>
      {publication.isPending ? <Spinner label={t('transparency.loading')} /> : null}
      {publication.isError ? (
        <QueryError error={publication.error} onRetry={() => void publication.refetch()} />
      ) : null}
      {publication.data ? (
        <>
          {(publication.data.plans ?? []).length === 0 ? (
            <Alert tone="info">{t('transparency.nothing')}</Alert>
          ) : null}
          {(publication.data.plans ?? []).map((plan) => (
            <section key={plan.planId} aria-labelledby={`plan-${plan.planId}`} className="mb-5">
              <h2 id={`plan-${plan.planId}`}>{plan.title}</h2>
              {(plan.periods ?? []).map((period) => (
                <Period key={period.periodId} plan={plan} period={period} />
              ))}
            </section>
          ))}
          <section aria-labelledby="open-data-licence" className="mb-4">
            <h2 id="open-data-licence">{t('transparency.openData')}</h2>
            <p>
              {t('transparency.licenceIntro')}{' '}
              <a href={publication.data.licence?.url} rel="license">
                {publication.data.licence?.name}
              </a>
              .
            </p>
            <PublishedFiles caption={t('transparency.catalog')} files={publication.data.catalog ?? []} />
          </section>
        </>
      ) : null}
    </>
  );
}
