import { useTranslation } from 'react-i18next';
import type { ReportIndicator } from '@/types/api';
import { formatNumber, formatPercent } from '@/utils/format';
import { shownValue, timelineNotStarted } from '@/features/report/utils/indicator-value';

/**
 * The value the report uses, marked as computed or entered; the computed and the entered values, the counts
 * and the justification open on demand, since an override must never hide what the data said.
 */
export function ValueUsed({ indicator, label }: { indicator: ReportIndicator; label: string }) {
  const { t } = useTranslation();
  const notStarted = timelineNotStarted(indicator);
  const source = notStarted ? 'NOT_STARTED' : (indicator.valueSource ?? 'NONE');
  const hasRatio = indicator.numerator != null && indicator.denominator != null;
  return (
    <div className="value-used">
      <span className="fw-semibold text-nowrap" data-testid={`value-used-${indicator.id}`}>
        {formatPercent(shownValue(indicator))}
      </span>{' '}
      <span className={`value-source value-source-${source.toLowerCase()}`}>{t(`value.source.${source}`)}</span>
      {(indicator.valueSource ?? 'NONE') !== 'NONE' || hasRatio ? (
        <details className="value-details mt-1">
          <summary>
            {t('value.details')}
            <span className="visually-hidden">: {label}</span>
          </summary>
          <dl className="mb-0 small">
            <dt>{t('value.computed')}</dt>
            <dd data-testid={`value-computed-${indicator.id}`}>
              {formatPercent(indicator.computedValue)}
              {hasRatio ? (
                <span className="text-nowrap">
                  {' '}
                  ({formatNumber(indicator.numerator)} / {formatNumber(indicator.denominator)})
                </span>
              ) : null}
            </dd>
            <dt>{t('value.entered')}</dt>
            <dd data-testid={`value-entered-${indicator.id}`}>{formatPercent(indicator.enteredValue)}</dd>
            {indicator.enteredJustification ? (
              <>
                <dt>{t('value.justification')}</dt>
                <dd>{indicator.enteredJustification}</dd>
              </>
            ) : null}
            {indicator.expectedValue != null ? (
              <>
                <dt>{t('value.expected')}</dt>
                <dd>{formatPercent(indicator.expectedValue)}</dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
