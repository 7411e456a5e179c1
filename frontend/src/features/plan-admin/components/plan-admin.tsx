import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Spinner } from '@/components/ui/spinner';
import type { Plan } from '@/types/api';
import { useAreas } from '@/features/plan-admin/api/get-areas';
import { useObjectives } from '@/features/plan-admin/api/get-objectives';
import { useStructures } from '@/features/plan-admin/api/get-structures';
import { AreasSection } from '@/features/plan-admin/components/areas-section';
import { ObjectiveStructure } from '@/features/plan-admin/components/objective-structure';
import { ObjectivesSection } from '@/features/plan-admin/components/objectives-section';

/** Plan editing for administrators: areas, objectives with their weights, indicators and phases. */
export function PlanAdmin({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const planId = plan.id ?? 0;
  const areas = useAreas(planId);
  const objectives = useObjectives(planId);
  const structures = useStructures(plan.organisationCode);
  const [selected, setSelected] = useState<number>();

  const failed = [areas, objectives, structures].find((query) => query.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!areas.data || !objectives.data || !structures.data) return <Spinner label={t('common.loading')} />;
  const chosen = objectives.data.find((o) => o.id === selected);

  return (
    <>
      <h1>{t('admin.heading', { title: plan.title })}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <AreasSection planId={planId} areas={areas.data} />
      <ObjectivesSection
        planId={planId}
        areas={areas.data}
        objectives={objectives.data}
        structures={structures.data}
        selected={selected}
        onSelect={(id) => {
          setSelected(id);
          requestAnimationFrame(() => document.getElementById('admin-structure-title')?.focus());
        }}
      />
      {chosen ? <ObjectiveStructure key={chosen.id} objective={chosen} /> : null}
    </>
  );
}
