import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AssessmentBadge } from '@/components/assessment-badge';
import { Card } from '@/components/ui/card';
import type { AssessmentCount } from '@/types/api';
import {
  hasFilters,
  writeFilters,
  type AssessmentFilter,
  type DashboardFilters,
} from '@/features/report/utils/dashboard-filters';

type Props = {
  counts: AssessmentCount[];
  filters: DashboardFilters;
  late: { phases: number; objectives: number };
};

/**
 * How many indicators sit on each assessment step, each count a link that narrows the dashboard to the objectives
 * holding them, and the late phases, a link to the objectives that have any: what needs attention, one click away.
 */
export function AssessmentSummary({ counts, filters, late }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const total = counts.reduce((sum, count) => sum + (count.indicators ?? 0), 0);
  const filtered = hasFilters(filters);
  const linkTo = (next: DashboardFilters) => ({
    pathname: location.pathname,
    search: `?${writeFilters(new URLSearchParams(location.search), next).toString()}`,
  });

  return (
    <Card tag="section" aria-labelledby="summary-title" className="h-100">
      <h2 id="summary-title" className="h4">
        {t('summary.title')}
      </h2>
      <p className="small">{t(filtered ? 'summary.totalFiltered' : 'summary.total', { count: total })}</p>
      <ul className="list-unstyled mb-0 assessment-summary" data-testid="assessment-summary">
        {counts.map((count) => {
          const step = (count.step ?? 'none') as AssessmentFilter;
          const n = count.indicators ?? 0;
          const active = filters.assessment === step;
          const content = (
            <>
              <AssessmentBadge step={count.step} />
              <span className="fw-semibold" data-testid={`summary-step-${count.step ?? 'none'}`}>
                <span aria-hidden="true">→ </span>
                {t('summary.count', { count: n })}
              </span>
            </>
          );
          return (
            <li key={count.step ?? 'none'} className="py-1">
              {n > 0 ? (
                <Link
                  to={linkTo({ ...filters, assessment: step })}
                  className="summary-link d-flex justify-content-between align-items-center gap-2"
                  aria-current={active ? 'true' : undefined}
                  replace
                >
                  {content}
                </Link>
              ) : (
                <span className="d-flex justify-content-between align-items-center gap-2">{content}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-3 mb-0" data-testid="summary-late-phases">
        {late.phases > 0 ? (
          <Link
            to={linkTo({ ...filters, latePhases: true })}
            className="summary-link"
            aria-current={filters.latePhases ? 'true' : undefined}
            replace
          >
            {t('summary.latePhases', { count: late.phases, objectives: late.objectives })}
          </Link>
        ) : (
          t('summary.noLatePhases')
        )}
      </p>
    </Card>
  );
}
