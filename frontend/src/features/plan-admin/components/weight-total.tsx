import { useTranslation } from 'react-i18next';
import { formatWeight } from '@/utils/format';
import type { WeightTotal as Total } from '@/features/plan-admin/utils/weights';

/** The live sum of the weights being typed, announced politely as it changes. */
export function WeightTotal({ total, testId }: { total: Total; testId: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={`fw-semibold ${total.complete ? 'text-success' : 'weight-warning'}`} data-testid={testId}>
      {t('admin.weightSum', { sum: formatWeight(total.sum) })}
      {total.missing > 0 ? ` · ${t('admin.weightsMissing', { count: total.missing })}` : ''}
      {total.invalid > 0 ? ` · ${t('admin.weightsInvalid', { count: total.invalid })}` : ''}
      {total.complete ? ` · ${t('admin.weightsComplete')}` : ` · ${t('admin.weightsShouldBe100')}`}
    </p>
  );
}
