import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { isApiError, problemOf } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import type { MonitoringPeriod, OivValidation, Problem, ValidationOutcome } from '@/types/api';
import { useOivValidation, useSaveOivValidation } from '@/features/oiv/api/oiv-validation';
import { TEXT_MAX, VALIDATION_OUTCOMES, validationIssues } from '@/features/oiv/utils/review';

type Props = { period: MonitoringPeriod; canValidate: boolean };

/** The overall validation of the closed final period: by the OIV, read by administrators. */
export function ValidationSection({ period, canValidate }: Props) {
  const { t } = useTranslation();
  const closedFinal = period.kind === 'FINAL' && period.status === 'CLOSED';
  const validation = useOivValidation(period.id ?? 0, closedFinal);
  if (period.kind !== 'FINAL') return null;
  return (
    <section aria-labelledby="oiv-validation-title" className="card-bg rounded shadow-sm p-4 mb-4">
      <h2 id="oiv-validation-title" className="h4">
        {t('oiv.validationHeading')}
      </h2>
      {!closedFinal ? (
        <p className="mb-0">{t('oiv.validationAfterClosing')}</p>
      ) : validation.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : validation.isError ? (
        <QueryError error={validation.error} onRetry={() => void validation.refetch()} />
      ) : canValidate ? (
        <ValidationForm period={period} validation={validation.data} />
      ) : (
        <ValidationSummary validation={validation.data} />
      )}
    </section>
  );
}

function ValidationSummary({ validation }: { validation: OivValidation | null }) {
  const { t } = useTranslation();
  if (!validation) return <p className="mb-0">{t('oiv.notValidatedYet')}</p>;
  return (
    <dl className="mb-0">
      <dt>{t('oiv.validationOutcome')}</dt>
      <dd>{t(`oiv.validationOutcomes.${validation.outcome}`)}</dd>
      <dt>{t('oiv.reasoning')}</dt>
      <dd className="text-prewrap">{validation.reasoning}</dd>
      <dt>{t('oiv.validatedByLabel')}</dt>
      <dd className="mb-0">
        {validation.validatedBy}, {formatDateTime(validation.validatedAt)}
      </dd>
    </dl>
  );
}

function ValidationForm({ period, validation }: { period: MonitoringPeriod; validation: OivValidation | null }) {
  const { t } = useTranslation();
  const save = useSaveOivValidation();
  const [outcome, setOutcome] = useState<ValidationOutcome | null>(validation?.outcome ?? null);
  const [reasoning, setReasoning] = useState(validation?.reasoning ?? '');
  const [errors, setErrors] = useState<{ outcome?: string; reasoning?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setProblem(null);
    const issues = validationIssues(outcome, reasoning);
    if (issues.outcome || issues.reasoning) {
      setErrors({
        outcome: issues.outcome ? t(issues.outcome) : undefined,
        reasoning: issues.reasoning ? t(issues.reasoning) : undefined,
      });
      document.getElementById(issues.outcome ? 'oiv-validation-VALIDATED' : 'oiv-validation-reasoning')?.focus();
      return;
    }
    setErrors({});
    save
      .mutateAsync({
        periodId: period.id ?? 0,
        version: validation?.version,
        input: { outcome: outcome ?? 'VALIDATED', reasoning: reasoning.trim() },
      })
      .then(() => setMessage(t('oiv.validationSaved', { label: period.label })))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure)) setErrors(failure.fieldErrors);
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="oiv-validation-title">
      <p>{t('oiv.validationIntro', { label: period.label })}</p>
      <ProblemAlert problem={problem} formFields={['outcome', 'reasoning']} />
      <fieldset className="mb-3" aria-describedby={errors.outcome ? 'oiv-validation-outcome-error' : undefined}>
        <legend className="form-label h6 fw-semibold">{t('oiv.validationOutcome')}</legend>
        {VALIDATION_OUTCOMES.map((value) => (
          <div key={value} className="form-check form-check-inline">
            <input
              type="radio"
              id={`oiv-validation-${value}`}
              name="oiv-validation-outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <label htmlFor={`oiv-validation-${value}`}>{t(`oiv.validationOutcomes.${value}`)}</label>
          </div>
        ))}
        {errors.outcome ? (
          <div id="oiv-validation-outcome-error" className="invalid-feedback d-block">
            {errors.outcome}
          </div>
        ) : null}
      </fieldset>
      <TextAreaField
        id="oiv-validation-reasoning"
        label={t('oiv.reasoning')}
        hint={t('oiv.reasoningHint')}
        required
        maxLength={TEXT_MAX}
        rows={4}
        value={reasoning}
        error={errors.reasoning}
        onChange={(event) => setReasoning(event.target.value)}
      />
      <div className="d-flex flex-wrap align-items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('oiv.saveValidation')}
        </Button>
        <p role="status" aria-live="polite" className="mb-0 text-success fw-semibold">
          {message}
        </p>
      </div>
      {validation ? (
        <p className="small mt-2 mb-0">
          {t('oiv.validatedBy', { who: validation.validatedBy, when: formatDateTime(validation.validatedAt) })}
        </p>
      ) : null}
    </form>
  );
}
