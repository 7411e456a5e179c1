import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePlanReport } from '@/features/report/api/get-plan-report';
import { usePlans } from '@/lib/get-plans';
import { Dashboard } from '@/features/report/components/dashboard';
import { AllegatoDownloads } from '@/features/allegato/components/allegato-downloads';
import { hasRelazione, RelazioneDownloads } from '@/features/relazione/components/relazione-downloads';
import { readFilters, writeFilters } from '@/features/report/utils/dashboard-filters';
import { useCollection } from '@/features/collection/api/get-collection';
import { PartStateBadge } from '@/features/collection/components/part-state-badge';
import { stateByStructure } from '@/features/collection/utils/parts';

function toId(value: string | undefined): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `/`: the latest plan at its latest period holding results; `/piani/:planId[/periodi/:periodId]`: the one chosen. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const plans = usePlans();
  // Administrators also list drafts (next year's plan while it is prepared): the home shows the latest published one.
  const planId = toId(params.planId) ?? (plans.data?.find((plan) => plan.published) ?? plans.data?.[0])?.id;
  const report = usePlanReport(planId, toId(params.periodId));
  const collection = useCollection(report.data?.period?.id);
  const states = collection.data ? stateByStructure(collection.data) : null;
  useDocumentTitle(report.data ? `${report.data.plan?.title} · ${report.data.period?.label}` : t('nav.dashboard'));

  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.isSuccess && plans.data.length === 0) {
    return (
      <>
        <h1>{t('nav.dashboard')}</h1>
        <Alert tone="info">{t('dashboard.noPlans')}</Alert>
      </>
    );
  }
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data || !plans.data) return <Spinner label={t('common.loading')} />;
  return (
    <Dashboard
      report={report.data}
      plans={plans.data}
      filters={readFilters(search)}
      onFiltersChange={(filters) => setSearch(writeFilters(search, filters), { replace: true })}
      actions={
        <>
          <AllegatoDownloads planId={report.data.plan?.id ?? 0} periodId={report.data.period?.id} />
          {hasRelazione(report.data.period) ? <RelazioneDownloads periodId={report.data.period.id} /> : null}
        </>
      }
      objectiveStatus={
        states
          ? (objective) => {
              const state = states.get(objective.responsibleStructure?.id ?? 0);
              return state ? <PartStateBadge state={state} /> : null;
            }
          : undefined
      }
    />
  );
}
