import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ProgressBar } from '@/components/ui/progress-bar';
import { paths } from '@/config/paths';
import type { ReportObjective } from '@/types/api';
import { formatDate, formatPercent, formatWeight } from '@/utils/format';
import { IndicatorsTable } from '@/features/report/components/indicators-table';
import { weightWarning } from '@/utils/weight-warning';

type Props = {
  objective: ReportObjective;
  periodId?: number;
  /** The objective's state in the period's collection, when one is open: said beside the objective. */
  status?: ReactNode;
};

export function ObjectiveCard({ objective, periodId, status }: Props) {
  const { t } = useTranslation();
  const titleId = `objective-${objective.id}-title`;
  const phaseWeights = objective.phaseWeights;
  return (
    <article className="objective-card card-bg rounded shadow-sm p-3 mb-4" aria-labelledby={titleId} data-testid={`objective-${objective.code}`}>
      <h3 id={titleId} className="h5">
        <Link to={paths.objective(objective.id ?? 0, periodId)}>
          <span className="objective-code">{objective.code}</span> {objective.title}
        </Link>
      </h3>
      <dl className="objective-meta">
        {status != null ? (
          <div className="objective-status" data-testid={`collection-state-${objective.code}`}>
            <dt>{t('objective.collectionState')}</dt>
            <dd>{status}</dd>
          </div>
        ) : null}
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
        <div className="objective-achievement">
          <dt>{t('objective.achievement')}</dt>
          <dd>
            <span data-testid={`achievement-${objective.code}`}>{formatPercent(objective.achievement)}</span>
            <ProgressBar
              value={objective.achievement ?? 0}
              label={t('objective.achievementLabel', { code: objective.code })}
              valueText={formatPercent(objective.achievement)}
              tone={(objective.achievement ?? 0) >= 100 ? 'success' : 'primary'}
            />
          </dd>
        </div>
      </dl>
      {weightWarning(t, phaseWeights) ? (
        <Alert tone="warning" className="small">
          {t('objective.phaseWeightsWarning', { warning: weightWarning(t, phaseWeights) })}
        </Alert>
      ) : null}
      <IndicatorsTable objective={objective} />
    </article>
  );
}
