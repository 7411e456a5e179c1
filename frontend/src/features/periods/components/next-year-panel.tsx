import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { TextAreaField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import type { NextYearPlan, Plan, Problem, RolledIndicator } from '@/types/api';
import { formatPercent } from '@/utils/format';
import { useCreateNextYearPlan } from '@/features/periods/api/create-next-year-plan';
import { baselineReference } from '@/utils/baseline-reference';

/** Next year's plan made from this one: what was copied, where each target and baseline came from, what is left. */
export function NextYearPanel({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const create = useCreateNextYearPlan();
  const navigate = useNavigate();
  const location = useLocation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reason, setReason] = useState('');
  // The backend names provisionalReason when this year's final period is not closed: only then is a reason asked.
  const needsReason = (problem?.errors ?? []).some((error) => error.field === 'provisionalReason');
  const nextYear = (plan.year ?? 0) + 1;
  // The new plan's page opens with what was made, as the rolling-over left it in the address's state.
  const created = (location.state as { created?: NextYearPlan } | null)?.created;

  if (created && created.plan?.id === plan.id) {
    return (
      <section aria-labelledby="admin-next-year-title" className="mb-5">
        <h2 id="admin-next-year-title" className="h3">
          {t('nextYear.createdHeading', { year: plan.year, from: (plan.year ?? 0) - 1 })}
        </h2>
        <Created result={created} />
      </section>
    );
  }

  async function rollOver() {
    const confirmed = await confirm({
      title: t('confirm.nextYearTitle', { year: nextYear }),
      message: t('nextYear.confirm', { year: nextYear, from: plan.year }),
      confirmLabel: t('confirm.nextYear', { year: nextYear }),
      tone: 'primary',
    });
    if (!confirmed) return;
    setProblem(null);
    create
      .mutateAsync({ planId: plan.id ?? 0, provisionalReason: needsReason ? reason.trim() : undefined })
      .then((result) => navigate(paths.planAdmin(result.plan?.id ?? 0), { state: { created: result } }))
      .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }));
  }

  return (
    <section aria-labelledby="admin-next-year-title" className="mb-5">
      {confirmDialog}
      <h2 id="admin-next-year-title" className="h3">
        {t('nextYear.heading', { year: nextYear })}
      </h2>
      <p>{t('nextYear.intro', { year: nextYear, from: plan.year })}</p>
      {/* The refusal that asks for a reason is explained by the warning below, not shown as an error. */}
      <ProblemAlert problem={needsReason ? null : problem} formFields={['provisionalReason']} />
      {needsReason ? (
        <>
          <Alert tone="warning">{t('nextYear.finalNotClosed', { year: nextYear, from: plan.year })}</Alert>
          <TextAreaField
            id="next-year-provisional-reason"
            label={t('nextYear.provisionalReason')}
            hint={t('nextYear.provisionalReasonHint')}
            required
            value={reason}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
          />
        </>
      ) : null}
      <Button onClick={rollOver} disabled={create.isPending || (needsReason && reason.trim() === '')}>
        {needsReason ? t('nextYear.createProvisional', { year: nextYear }) : t('nextYear.create', { year: nextYear })}
      </Button>
    </section>
  );
}

function Created({ result }: { result: NextYearPlan }) {
  const { t } = useTranslation();
  const planId = result.plan?.id ?? 0;
  const toComplete = (result.indicators ?? []).filter((indicator) => indicator.warning).length;
  return (
    <>
      <Alert tone="success" role="status">
        <p className="mb-1">{t('nextYear.created', { title: result.plan?.title })}</p>
        <p className="mb-1">{t('nextYear.createdAsDraft')}</p>
        <p className="mb-1">{t('nextYear.editBelow')}</p>
        <p className="mb-0">
          <Link to={paths.plan(planId)}>{t('nextYear.openDashboard')}</Link>
        </p>
      </Alert>
      {result.provisional ? (
        <Alert tone="warning">
          {t('nextYear.provisionalNotice', { reason: result.provisionalReason ?? '' })}
        </Alert>
      ) : null}
      {toComplete > 0 ? <Alert tone="warning">{t('nextYear.toComplete', { count: toComplete })}</Alert> : null}
      <Table caption={t('nextYear.tableCaption', { year: result.plan?.year })}>
        <thead>
          <tr>
            <th scope="col">{t('nextYear.indicator')}</th>
            <th scope="col">{t('nextYear.target')}</th>
            <th scope="col">{t('nextYear.baseline')}</th>
            <th scope="col">{t('nextYear.note')}</th>
          </tr>
        </thead>
        <tbody>
          {(result.indicators ?? []).map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row" className="fw-normal">
                <span className="fw-semibold">{indicator.objectiveCode}</span> {indicator.description}
              </th>
              <td>{targetText(indicator, t)}</td>
              <td>
                {indicator.baselineValue != null
                  ? `${formatPercent(indicator.baselineValue)} ${baselineReference(t, indicator.baselineReference)}`
                  : '—'}
              </td>
              <td>{leftToComplete(t, indicator, (result.plan?.year ?? 0) - 1)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** What is left to complete, in the reader's language from its codes; the backend's Italian where none came. */
function leftToComplete(t: (key: string, options?: Record<string, unknown>) => string, indicator: RolledIndicator, year: number) {
  const codes = indicator.warningCodes ?? [];
  if (codes.length === 0) return indicator.warning ?? '';
  return codes.map((code) => t(`nextYear.warnings.${code}`, { year, defaultValue: code })).join('; ');
}

function targetText(indicator: RolledIndicator, t: (key: string, options?: Record<string, unknown>) => string) {
  const value = indicator.targetValue != null ? formatPercent(indicator.targetValue) : '—';
  return indicator.targetRule ? t('nextYear.targetFromRule', { value, rule: indicator.targetRule }) : value;
}
