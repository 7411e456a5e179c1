import { useTranslation } from 'react-i18next';
import type { ReportIndicator } from '@/types/api';

/**
 * The columns of the Allegato A that no figure shows: the indicator's planning note, the monitoring note of the
 * period and the data source, with "–" where the table prints "-"; then, for an indicator behind or explained, the
 * explanation of its deviation and the corrective actions.
 */
export function IndicatorNotes({ indicator }: { indicator: ReportIndicator }) {
  const { t } = useTranslation();
  const items = [
    { key: 'planningNote', label: t('indicator.notes.planningNote'), text: indicator.planningNote },
    { key: 'monitoringNote', label: t('indicator.notes.monitoringNote'), text: indicator.monitoringNote },
    { key: 'dataSource', label: t('indicator.notes.dataSource'), text: indicator.dataSource },
  ];
  if (indicator.deviation || indicator.deviationExplanation || indicator.correctiveActions) {
    items.push(
      { key: 'deviationExplanation', label: t('indicator.notes.deviationExplanation'), text: indicator.deviationExplanation },
      { key: 'correctiveActions', label: t('indicator.notes.correctiveActions'), text: indicator.correctiveActions },
    );
  }
  return (
    <dl className="indicator-notes mb-0" data-testid={`notes-${indicator.id}`}>
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.label}</dt>
          <dd data-testid={`notes-${indicator.id}-${item.key}`}>{item.text || '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
