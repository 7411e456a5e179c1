import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { PlanReport } from '@/types/api';
import { formatPercent, formatWeight } from '@/utils/format';
import { reportWeightWarnings } from '@/utils/weight-warning';

/** The plan score, and why it may not be the whole truth: weights that do not sum to 100. */
export function ScorePanel({ report }: { report: PlanReport }) {
  const { t } = useTranslation();
  const score = report.score;
  const weights = score?.weights;
  const missing = score?.objectivesWithoutWeight ?? [];
  // Said in the reader's language from the weights themselves, not taken from the backend's Italian sentences.
  const warnings = reportWeightWarnings(t, report);
  return (
    <Card tag="section" aria-labelledby="score-title" className="h-100">
      <h2 id="score-title" className="h4">
        {t('score.title')}
      </h2>
      <p className="display-score mb-1" data-testid="plan-score">
        {formatPercent(score?.value)}
      </p>
      <p className="small mb-2">{t('score.explanation')}</p>
      <dl className="row small mb-0">
        <dt className="col-7">{t('score.raw')}</dt>
        <dd className="col-5 mb-1">{formatPercent(score?.rawValue)}</dd>
        <dt className="col-7">{t('score.weightSum')}</dt>
        <dd className="col-5 mb-1" data-testid="weight-sum">
          {formatWeight(weights?.sum)}
        </dd>
        {missing.length > 0 ? (
          <>
            <dt className="col-7">{t('score.withoutWeight')}</dt>
            <dd className="col-5 mb-1">{missing.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {warnings.length > 0 ? (
        <Alert tone="warning" className="mt-3 mb-0 small">
          <span className="fw-semibold">{t('score.warnings')}</span>
          <ul className="mb-0 ps-3">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Card>
  );
}
