import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';
import type { Plan, Problem } from '@/types/api';
import { formatDate } from '@/utils/format';
import { usePublishPlan } from '@/features/plan-admin/api/publish-plan';

/**
 * A new plan is a draft that only administrators see, so that next year's empty plan does not replace this year's
 * on everyone's home page: it becomes public when an administrator publishes it.
 */
export function PublicationPanel({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const publish = usePublishPlan();
  const [problem, setProblem] = useState<Problem | null>(null);

  if (plan.published) {
    return (
      <p className="text-muted small" data-testid="plan-publication">
        {t('publication.publishedOn', { date: plan.publishedAt ? formatDate(plan.publishedAt.slice(0, 10)) : '' })}
      </p>
    );
  }
  return (
    <section aria-labelledby="admin-publication-title" className="mb-4" data-testid="plan-publication">
      <h2 id="admin-publication-title" className="h4">
        {t('publication.draftHeading')}
      </h2>
      <Alert tone="warning">{t('publication.draftExplained', { year: plan.year })}</Alert>
      <ProblemAlert problem={problem} formFields={[]} />
      <Button
        disabled={publish.isPending}
        onClick={() => {
          setProblem(null);
          publish
            .mutateAsync({ planId: plan.id ?? 0, version: plan.version })
            .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }));
        }}
      >
        {t('publication.publish', { year: plan.year })}
      </Button>
    </section>
  );
}
