import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import type { PlanReport, ReportArea, ReportIndicator, ReportObjective, ReportPhase } from '@/types/api';
import { formatDate, formatPercent, formatWeight } from '@/utils/format';
import { IndicatorsTable } from '@/features/report/components/indicators-table';
import { CountsPanel } from '@/features/report/components/counts-panel';
import { GanttChart } from '@/features/report/components/gantt-chart';
import { PhasesTable } from '@/features/report/components/phases-table';
import { indicatorName } from '@/features/report/utils/names';
import { weightWarning } from '@/utils/weight-warning';

type Props = {
  report: PlanReport;
  area: ReportArea;
  objective: ReportObjective;
  periodPicker?: ReactNode;
  /** Shown after the objective's summary, e.g. its history or who may change it. */
  afterSummary?: ReactNode;
  renderIndicatorActions?: (indicator: ReportIndicator) => ReactNode;
  renderPhaseActions?: (phase: ReportPhase) => ReactNode;
  /** Shown right after the indicators, e.g. the form editing one of them. */
  indicatorEditor?: ReactNode;
  phaseEditor?: ReactNode;
};

export function ObjectiveDetail({
  report,
  area,
  objective,
  periodPicker,
  afterSummary,
  renderIndicatorActions,
  renderPhaseActions,
  indicatorEditor,
  phaseEditor,
}: Props) {
  const { t } = useTranslation();
  const planId = report.plan?.id ?? 0;
  const period = report.period;
  const year = report.plan?.year ?? Number((period?.referenceDate ?? '').slice(0, 4));
  const dashboard = period?.id != null ? paths.planPeriod(planId, period.id) : paths.plan(planId);
  const ratios = (objective.indicators ?? []).filter((i) => i.kind === 'RATIO' || i.kind === 'RATIO_PLANNED');
  const phases = objective.phases ?? [];
  const timelineTitle = objective.timelineNumber
    ? t('timeline.numbered', { number: objective.timelineNumber })
    : t('timeline.title');

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb-container">
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to={dashboard}>{report.plan?.title}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item">
            <Link to={`${dashboard}?ambito=${area.number}`}>
              {t('area.label')} {area.number}
            </Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {t('objective.label')} {objective.code}
          </li>
        </ol>
      </nav>
      <h1 className="h2">
        <span className="objective-code">{objective.code}</span> {objective.title}
      </h1>
      <p className="lead" data-testid="period-label">
        {period?.label}
        {period?.status === 'CLOSED' ? ` · ${t('period.closed')}` : ''}
      </p>
      {periodPicker}
      <dl className="objective-meta mt-3">
        <div>
          <dt>{t('objective.area')}</dt>
          <dd>
            {area.number} {area.title}
          </dd>
        </div>
        <div>
          <dt>{t('objective.weight')}</dt>
          <dd>{objective.weight != null ? formatWeight(objective.weight) : t('objective.noWeight')}</dd>
        </div>
        <div>
          <dt>{t('objective.responsible')}</dt>
          <dd>{objective.responsibleStructure?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('objective.programmingLink')}</dt>
          <dd>{objective.programmingLink ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('objective.deadline')}</dt>
          <dd>{formatDate(objective.deadline)}</dd>
        </div>
        <div>
          <dt>{t('objective.achievement')}</dt>
          <dd data-testid="objective-achievement">{formatPercent(objective.achievement)}</dd>
        </div>
      </dl>
      {objective.notes ? <p className="objective-notes">{objective.notes}</p> : null}
      {afterSummary}

      <section aria-labelledby="indicators-title" className="mt-4">
        <h2 id="indicators-title" className="h3">
          {t('objective.indicators')}
        </h2>
        <IndicatorsTable objective={objective} renderActions={renderIndicatorActions} showSuggestion cardHeadingLevel={3} />
        {indicatorEditor}
        {ratios.map((indicator) => {
          const name = indicatorName(t, objective, indicator);
          return (
            <section key={indicator.id} aria-labelledby={`ratio-${indicator.id}-title`} className="mt-4">
              <h3 id={`ratio-${indicator.id}-title`} className="h5">
                {t('counts.title', { name })}
              </h3>
              <CountsPanel indicator={indicator} name={name} year={year} period={period} />
            </section>
          );
        })}
      </section>

      <section aria-labelledby="timeline-title" className="mt-5">
        <h2 id="timeline-title" className="h3">
          {timelineTitle}
        </h2>
        {objective.timelineTitle ? <p>{objective.timelineTitle}</p> : null}
        {phases.length === 0 ? (
          <p>{t('timeline.none')}</p>
        ) : (
          <>
            {weightWarning(t, objective.phaseWeights) ? (
              <Alert tone="warning" className="small">
                {t('objective.phaseWeightsWarning', { warning: weightWarning(t, objective.phaseWeights) })}
              </Alert>
            ) : null}
            <GanttChart phases={phases} periodDate={period?.referenceDate} title={timelineTitle} />
            <PhasesTable phases={phases} caption={t('timeline.tableCaption')} renderActions={renderPhaseActions} />
            {phaseEditor}
          </>
        )}
      </section>
    </>
  );
}
