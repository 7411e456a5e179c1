import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportArea, ReportObjective } from '@/types/api';
import { ObjectiveCard } from '@/features/report/components/objective-card';

type Props = { area: ReportArea; periodId?: number; objectiveStatus?: (objective: ReportObjective) => ReactNode };

export function AreaSection({ area, periodId, objectiveStatus }: Props) {
  const { t } = useTranslation();
  const titleId = `area-${area.id}-title`;
  return (
    <section aria-labelledby={titleId} className="mb-5">
      <h2 id={titleId} className="h3 area-title">
        <span className="visually-hidden">{t('area.label')} </span>
        {area.number} {area.title}
      </h2>
      {(area.objectives ?? []).map((objective) => (
        <ObjectiveCard key={objective.id} objective={objective} periodId={periodId} status={objectiveStatus?.(objective)} />
      ))}
    </section>
  );
}
