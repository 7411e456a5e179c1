import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/form-field';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/authorization';
import { formatPercent } from '@/utils/format';
import type { OivReviewList, PlanReport, ReportObjective } from '@/types/api';
import { useOivReviews } from '@/features/oiv/api/get-oiv-reviews';
import { usePeriodReport } from '@/features/oiv/api/get-period-report';
import { defaultReviewPeriod, useReviewPeriods, type ReviewPeriod } from '@/features/oiv/api/review-periods';
import { ObjectiveReview } from '@/features/oiv/components/objective-review';
import { ValidationSection } from '@/features/oiv/components/validation-form';
import { reviewProgress } from '@/features/oiv/utils/review';

/** The OIV's review of a period: pick the period, see the progress, check each objective, validate the year. */
export function OivReviewPage({ periodId }: { periodId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = useReviewPeriods();

  if (periods.isPending) return <Spinner label={t('common.loading')} />;
  if (periods.isError) return <QueryError error={periods.error} onRetry={() => void periods.refetch()} />;
  const chosen =
    periodId != null ? periods.data.find((entry) => entry.period.id === periodId) : defaultReviewPeriod(periods.data);

  return (
    <>
      <h1>{t('oiv.title')}</h1>
      <p className="lead">{t('oiv.intro')}</p>
      {periods.data.length === 0 ? (
        <Alert tone="info">{t('oiv.noPeriods')}</Alert>
      ) : (
        <SelectField
          id="oiv-period"
          label={t('oiv.period')}
          className="oiv-period-picker"
          value={chosen?.period.id ?? ''}
          options={[
            ...(chosen ? [] : [{ value: '', label: t('oiv.choosePeriod') }]),
            ...periods.data.map(({ plan, period }) => ({
              value: String(period.id),
              label: `${plan.year} · ${period.label}${period.status === 'CLOSED' ? ` (${t('oiv.closed')})` : ''}`,
            })),
          ]}
          onChange={(event) => void navigate(paths.oivReview(Number(event.target.value)))}
        />
      )}
      {chosen ? <PeriodReview key={chosen.period.id} chosen={chosen} /> : periodId != null ? (
        <Alert tone="warning">{t('oiv.unknownPeriod')}</Alert>
      ) : null}
    </>
  );
}

function PeriodReview({ chosen }: { chosen: ReviewPeriod }) {
  const { t } = useTranslation();
  const can = useCan();
  const periodId = chosen.period.id ?? 0;
  const reviews = useOivReviews(periodId);
  const report = usePeriodReport(chosen.plan.id, periodId);
  const canReview = can('oiv:review');

  if (reviews.isPending) return <Spinner label={t('common.loading')} />;
  if (reviews.isError) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const objectives = objectivesOf(report.data);

  return (
    <>
      {chosen.period.status !== 'CLOSED' ? <Alert tone="info">{t('oiv.periodOpen')}</Alert> : null}
      <ReviewProgress list={reviews.data} />
      <ValidationSection period={chosen.period} canValidate={canReview} />
      {report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      <section aria-labelledby="oiv-objectives-title">
        <h2 id="oiv-objectives-title" className="h4">
          {t('oiv.objectives')}
        </h2>
        {(reviews.data.items ?? []).map((review) => (
          <ObjectiveReview
            key={review.objectiveId}
            review={review}
            objective={objectives.get(review.objectiveId ?? 0)}
            canReview={canReview}
          />
        ))}
      </section>
    </>
  );
}

function ReviewProgress({ list }: { list: OivReviewList }) {
  const { t } = useTranslation();
  const percent = reviewProgress(list);
  const text = t('oiv.progress', { reviewed: list.reviewed ?? 0, total: list.objectives ?? 0 });
  return (
    <section aria-labelledby="oiv-progress-title" className="mb-4">
      <h2 id="oiv-progress-title" className="h4">
        {t('oiv.progressHeading')}
      </h2>
      <p className="mb-1" data-testid="oiv-progress" aria-live="polite">
        {text}
      </p>
      <ProgressBar value={percent} label={t('oiv.progressHeading')} valueText={`${text} (${formatPercent(percent)})`} tone="success" />
    </section>
  );
}

function objectivesOf(report: PlanReport | undefined): Map<number, ReportObjective> {
  const byId = new Map<number, ReportObjective>();
  for (const area of report?.areas ?? []) for (const objective of area.objectives ?? []) byId.set(objective.id ?? 0, objective);
  return byId;
}
