import { useTranslation } from 'react-i18next';
import { AssessmentBadge } from '@/components/assessment-badge';
import { formatPercent } from '@/utils/format';
import type { OivReview, ReportIndicator, ReportObjective } from '@/types/api';
import { EvidenceList } from '@/features/oiv/components/evidence-list';
import { ReviewForm } from '@/features/oiv/components/review-form';

type Props = {
  review: OivReview;
  /** The objective in the period's report; undefined while the report is read. */
  objective: ReportObjective | undefined;
  canReview: boolean;
};

/** One objective as the OIV checks it: its figures, deviations and explanations, evidence, and the OIV's outcome. */
export function ObjectiveReview({ review, objective, canReview }: Props) {
  const { t } = useTranslation();
  const headingId = `oiv-objective-${review.objectiveId}`;
  return (
    <article aria-labelledby={headingId} className="card-bg rounded shadow-sm p-4 mb-4" data-testid={`oiv-objective-${review.objectiveCode}`}>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
        <h3 id={headingId} className="h5">
          {review.objectiveCode} · {review.objectiveTitle}
        </h3>
        <span className={`badge ${review.outcome ? 'bg-success' : 'bg-secondary'}`}>
          {review.outcome ? t(`oiv.outcomes.${review.outcome}`) : t('oiv.notReviewed')}
        </span>
      </div>
      <p className="small">
        {t('oiv.structure')}: {review.structureName}
        {objective ? (
          <>
            {' · '}
            {t('oiv.achievement')}: {formatPercent(objective.achievement)}
          </>
        ) : null}
      </p>
      {(objective?.indicators ?? []).map((indicator) => (
        <IndicatorFigures key={indicator.id} indicator={indicator} periodId={review.periodId ?? 0} />
      ))}
      {canReview ? (
        <ReviewForm review={review} />
      ) : review.outcome ? (
        <dl className="mb-0">
          <dt>{t('oiv.outcome')}</dt>
          <dd>{t(`oiv.outcomes.${review.outcome}`)}</dd>
          {review.observations ? (
            <>
              <dt>{t('oiv.observations')}</dt>
              <dd className="text-prewrap">{review.observations}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </article>
  );
}

function IndicatorFigures({ indicator, periodId }: { indicator: ReportIndicator; periodId: number }) {
  const { t } = useTranslation();
  const label = t('oiv.indicatorLabel', { position: indicator.position });
  return (
    <section aria-label={`${label}: ${indicator.description ?? ''}`} className="oiv-indicator border-top pt-3 mb-3">
      <h4 className="h6">
        {label}: {indicator.description}
      </h4>
      <dl className="oiv-figures row mb-2">
        <div className="col-6 col-md-3">
          <dt>{t('oiv.target')}</dt>
          <dd>{formatPercent(indicator.targetValue)}</dd>
        </div>
        <div className="col-6 col-md-3">
          <dt>{t('oiv.value')}</dt>
          <dd>{formatPercent(indicator.valueUsed)}</dd>
        </div>
        <div className="col-12 col-md-6">
          <dt>{t('oiv.assessment')}</dt>
          <dd>
            <AssessmentBadge step={indicator.assessment?.step} />
          </dd>
        </div>
        {indicator.deviationExplanation ? (
          <div className="col-12">
            <dt>{t('oiv.deviationExplanation')}</dt>
            <dd className="text-prewrap">{indicator.deviationExplanation}</dd>
          </div>
        ) : null}
        {indicator.correctiveActions ? (
          <div className="col-12">
            <dt>{t('oiv.correctiveActions')}</dt>
            <dd className="text-prewrap">{indicator.correctiveActions}</dd>
          </div>
        ) : null}
        {indicator.monitoringNote ? (
          <div className="col-12">
            <dt>{t('oiv.monitoringNote')}</dt>
            <dd className="text-prewrap">{indicator.monitoringNote}</dd>
          </div>
        ) : null}
      </dl>
      <EvidenceList indicatorId={indicator.id ?? 0} periodId={periodId} indicatorLabel={label} />
    </section>
  );
}
