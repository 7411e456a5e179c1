import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentBadge } from '@/components/assessment-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table } from '@/components/ui/table';
import type { ReportIndicator, ReportObjective } from '@/types/api';
import { formatPercent } from '@/utils/format';
import { achievementOf } from '@/features/report/utils/dashboard-filters';
import { indicatorName } from '@/features/report/utils/names';
import { ValueUsed } from '@/features/report/components/value-used';

type Props = {
  objective: ReportObjective;
  /** Extra cell content per indicator, such as an edit button the user may or may not see. */
  renderActions?: (indicator: ReportIndicator) => ReactNode;
  showSuggestion?: boolean;
};

export function IndicatorsTable({ objective, renderActions, showSuggestion = false }: Props) {
  const { t } = useTranslation();
  const indicators = objective.indicators ?? [];
  return (
    <Table caption={t('indicator.tableCaption', { code: objective.code })} captionHidden className={`indicators-table${renderActions ? ' with-actions' : ''}`}>
      <thead>
        <tr>
          <th scope="col">{t('indicator.description')}</th>
          <th scope="col">{t('indicator.baseline')}</th>
          <th scope="col">{t('indicator.target')}</th>
          <th scope="col">{t('indicator.valueUsed')}</th>
          <th scope="col">{t('indicator.progress')}</th>
          <th scope="col">{t('indicator.assessment')}</th>
          {renderActions ? (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const name = indicatorName(t, objective, indicator);
          const achievement = achievementOf(indicator);
          return (
            <tr key={indicator.id} data-testid={`indicator-${indicator.id}`}>
              <th scope="row" className="fw-normal">
                <span className="visually-hidden">{name}:</span> {indicator.description}
                <div className="small text-muted">{t(`indicator.kind.${indicator.kind}`)}</div>
              </th>
              <td>
                {formatPercent(indicator.baselineValue)}
                {indicator.baselineReference ? (
                  <div className="small text-muted">{indicator.baselineReference}</div>
                ) : null}
              </td>
              <td>
                {formatPercent(indicator.targetValue)}
                {indicator.nextYearsTargetValue != null || indicator.nextYearsTargetRule ? (
                  <div className="small text-muted">
                    {t('indicator.nextYears')}:{' '}
                    {indicator.nextYearsTargetRule ?? formatPercent(indicator.nextYearsTargetValue)}
                  </div>
                ) : null}
              </td>
              <td>
                <ValueUsed indicator={indicator} label={name} />
              </td>
              <td className="progress-cell">
                {achievement != null ? (
                  <ProgressBar
                    value={achievement}
                    label={t('indicator.progressLabel', { name })}
                    valueText={t('indicator.progressValue', {
                      value: formatPercent(indicator.valueUsed),
                      target: formatPercent(indicator.targetValue),
                    })}
                    tone={achievement >= 100 ? 'success' : 'primary'}
                  />
                ) : (
                  <span className="small text-muted">{t('indicator.noValue')}</span>
                )}
              </td>
              <td>
                <AssessmentBadge step={indicator.assessment?.step} />
                {showSuggestion && indicator.suggestion?.step != null ? (
                  <div className="small mt-1">
                    {t('suggestion.short')}: <AssessmentBadge step={indicator.suggestion.step} />
                  </div>
                ) : null}
              </td>
              {renderActions ? <td>{renderActions(indicator)}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
