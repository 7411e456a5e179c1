import { useTranslation } from 'react-i18next';
import { AssessmentBadge } from '@/components/assessment-badge';
import { Card } from '@/components/ui/card';
import type { AssessmentCount } from '@/types/api';

export function AssessmentSummary({ counts, filtered }: { counts: AssessmentCount[]; filtered: boolean }) {
  const { t } = useTranslation();
  const total = counts.reduce((sum, count) => sum + (count.indicators ?? 0), 0);
  return (
    <Card tag="section" aria-labelledby="summary-title" className="h-100">
      <h2 id="summary-title" className="h4">
        {t('summary.title')}
      </h2>
      <p className="small">{t(filtered ? 'summary.totalFiltered' : 'summary.total', { count: total })}</p>
      <ul className="list-unstyled mb-0 assessment-summary" data-testid="assessment-summary">
        {counts.map((count) => (
          <li key={count.step ?? 'none'} className="d-flex justify-content-between align-items-center py-1">
            <AssessmentBadge step={count.step} />
            <span className="fw-semibold" data-testid={`summary-step-${count.step ?? 'none'}`}>
              {t('summary.count', { count: count.indicators ?? 0 })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
