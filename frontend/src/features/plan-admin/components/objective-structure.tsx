import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import type { Objective, Problem } from '@/types/api';
import { useIndicators } from '@/features/plan-admin/api/get-indicators';
import { usePhases } from '@/features/plan-admin/api/get-phases';
import { IndicatorsSection } from '@/features/plan-admin/components/indicators-section';
import { PhasesSection } from '@/features/plan-admin/components/phases-section';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';

/** An objective's indicators and timeline phases, with the phase weights summed live. */
export function ObjectiveStructure({ objective }: { objective: Objective }) {
  const { t } = useTranslation();
  const objectiveId = objective.id ?? 0;
  const indicators = useIndicators(objectiveId);
  const phases = usePhases(objectiveId);
  const [problem, setProblem] = useState<Problem | null>(null);

  if (indicators.isPending || phases.isPending) return <Spinner label={t('common.loading')} />;

  return (
    <section aria-labelledby="admin-structure-title" className="edit-panel card-bg rounded shadow p-4 mb-5">
      <h2 id="admin-structure-title" className="h3" tabIndex={-1}>
        {t('admin.structureOf', { code: objective.code })}
      </h2>
      <ProblemMessage problem={problem} fields={[]} />
      <IndicatorsSection objective={objective} indicators={indicators.data ?? []} onProblem={setProblem} />
      <PhasesSection objective={objective} phases={phases.data ?? []} onProblem={setProblem} />
    </section>
  );
}
