import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Table } from '@/components/ui/table';
import type { LiveDifference, PlanReport } from '@/types/api';
import { formatDate, formatDateTime, formatPercent } from '@/utils/format';

const PERCENT_FIELDS = new Set(['valueUsed', 'computedValue', 'targetValue', 'partialProgress', 'weight']);

/**
 * A closed period shows the report as published; people must still see where today's figures have moved on,
 * or they would read the frozen value as the current one.
 */
export function FrozenNotice({ report }: { report: PlanReport }) {
  const { t } = useTranslation();
  if (!report.frozen) return null;
  const differences = report.liveDifferences ?? [];
  return (
    <Alert tone="info" className="my-3">
      <p className="mb-1" data-testid="frozen-notice">
        {t('frozen.notice', { at: formatDateTime(report.frozen.closedAt), by: report.frozen.closedBy })}
      </p>
      {differences.length === 0 ? (
        <p className="mb-0">{t('frozen.noDifferences')}</p>
      ) : (
        <details>
          <summary>{t('frozen.differences', { count: differences.length })}</summary>
          <Table caption={t('frozen.differencesCaption')} captionHidden className="mt-2 mb-0">
            <thead>
              <tr>
                <th scope="col">{t('frozen.item')}</th>
                <th scope="col">{t('frozen.field')}</th>
                <th scope="col">{t('frozen.frozenValue')}</th>
                <th scope="col">{t('frozen.liveValue')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((difference) => (
                <tr key={`${difference.entityType}-${difference.entityId}-${difference.field}`}>
                  <th scope="row" className="fw-normal">
                    {t(difference.entityType === 'phase' ? 'frozen.phaseOf' : 'frozen.indicatorOf', {
                      code: difference.objectiveCode,
                      number: difference.number,
                    })}
                  </th>
                  <td>{t(`frozen.fields.${difference.field}`, { defaultValue: difference.field })}</td>
                  <td>{shown(difference, difference.frozenValue)}</td>
                  <td>{shown(difference, difference.liveValue)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </details>
      )}
    </Alert>
  );
}

function shown(difference: LiveDifference, value: string | null | undefined): string {
  if (value == null) return '—';
  if (PERCENT_FIELDS.has(difference.field ?? '')) return formatPercent(Number(value));
  if (difference.field === 'actualEnd') return formatDate(value);
  return value;
}
