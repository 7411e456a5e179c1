import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { RequirePermission } from '@/components/require-permission';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePlans } from '@/lib/get-plans';
import { PlanAdmin } from '@/features/plan-admin/components/plan-admin';
import { PublicationPanel } from '@/features/plan-admin/components/publication-panel';
import { NextYearPanel } from '@/features/periods/components/next-year-panel';
import { PeriodsAdmin } from '@/features/periods/components/periods-admin';
import { HistoryPanel } from '@/features/history/components/history-panel';

/** `/amministrazione[/piani/:planId]`: the latest plan, or the one chosen, for administrators. */
export default function PlanAdminRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.admin'));
  return (
    <RequirePermission action="plan:edit">
      <ChosenPlan />
    </RequirePermission>
  );
}

function ChosenPlan() {
  const { t } = useTranslation();
  const params = useParams();
  const plans = usePlans();
  const plan = params.planId ? plans.data?.find((p) => p.id === Number(params.planId)) : plans.data?.[0];

  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data) return <Spinner label={t('common.loading')} />;
  if (!plan) return <Alert tone="info">{t('dashboard.noPlans')}</Alert>;
  return (
    <div key={plan.id}>
      <PlanAdmin plan={plan} />
      <PublicationPanel plan={plan} />
      <PeriodsAdmin
        planId={plan.id ?? 0}
        renderHistory={(period, onClose) => (
          <HistoryPanel
            id={`period-history-${period.id}`}
            title={t('history.period', { label: period.label })}
            sources={[{ entityType: 'period', entityId: period.id ?? 0 }]}
            onClose={onClose}
          />
        )}
      />
      <NextYearPanel plan={plan} />
    </div>
  );
}
