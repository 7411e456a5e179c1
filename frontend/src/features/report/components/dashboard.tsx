import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Col, Row } from '@/components/ui/layout';
import type { Plan, PlanReport, ReportObjective } from '@/types/api';
import { AreaSection } from '@/features/report/components/area-section';
import { AssessmentSummary } from '@/features/report/components/assessment-summary';
import { DashboardFilters } from '@/features/report/components/dashboard-filters';
import { FrozenNotice } from '@/features/report/components/frozen-notice';
import { PlanPeriodPicker } from '@/features/report/components/plan-period-picker';
import { ScorePanel } from '@/features/report/components/score-panel';
import {
  applyFilters,
  countLatePhases,
  filterOptions,
  indicatorsOf,
  summarise,
  type DashboardFilters as Filters,
} from '@/features/report/utils/dashboard-filters';

type Props = {
  report: PlanReport;
  plans: Plan[];
  filters: Filters;
  onFiltersChange: (filters: Filters) => void;
  /** What can be done with the whole report (downloads), from features the report does not know. */
  actions?: ReactNode;
  /** Each objective's state in the period's collection, from the feature that runs the monitoring cycle. */
  objectiveStatus?: (objective: ReportObjective) => ReactNode;
};

/** The Allegato A of a plan at a period, as a page: score, assessments, then areas and objectives. */
export function Dashboard({ report, plans, filters, onFiltersChange, actions, objectiveStatus }: Props) {
  const { t } = useTranslation();
  const areas = useMemo(() => applyFilters(report.areas ?? [], filters), [report, filters]);
  const options = useMemo(() => filterOptions(report), [report]);
  const counts = useMemo(() => summarise(indicatorsOf(areas)), [areas]);
  const late = useMemo(() => countLatePhases(areas), [areas]);
  const objectiveCount = areas.reduce((sum, area) => sum + (area.objectives ?? []).length, 0);
  const totalObjectives = (report.areas ?? []).reduce((sum, area) => sum + (area.objectives ?? []).length, 0);
  const planId = report.plan?.id ?? 0;
  const periodId = report.period?.id;

  return (
    <>
      <div className="mb-4">
        <p className="text-uppercase small fw-semibold mb-1">{report.plan?.organisationName}</p>
        <h1 className="mb-1">{report.plan?.title}</h1>
        <p className="lead mb-0" data-testid="period-label">
          {report.period?.label}
          {report.period?.status === 'CLOSED' ? ` · ${t('period.closed')}` : ''}
        </p>
      </div>
      <PlanPeriodPicker key={`${planId}-${periodId}`} plans={plans} planId={planId} periodId={periodId} />
      <FrozenNotice report={report} />
      {actions}
      <Row className="g-4 my-2">
        <Col lg={6}>
          <ScorePanel report={report} />
        </Col>
        <Col lg={6}>
          <AssessmentSummary counts={counts} filters={filters} late={late} />
        </Col>
      </Row>
      <section aria-label={t('dashboard.objectives')} className="mt-5">
        <DashboardFilters options={options} filters={filters} onChange={onFiltersChange} />
        <p role="status" className="small" data-testid="objective-count">
          {t('dashboard.shown', { count: objectiveCount, total: totalObjectives })}
        </p>
        {areas.map((area) => (
          <AreaSection key={area.id} area={area} periodId={periodId} objectiveStatus={objectiveStatus} />
        ))}
      </section>
    </>
  );
}
