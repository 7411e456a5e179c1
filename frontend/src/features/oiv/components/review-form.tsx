import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import type { OivReview, Problem, ReviewOutcome } from '@/types/api';
import { useSaveOivReview } from '@/features/oiv/api/save-oiv-review';
import { REVIEW_OUTCOMES, reviewIssue, TEXT_MAX } from '@/features/oiv/utils/review';

type Props = { review: OivReview };

/** The OIV's check of one objective: an outcome among three and, unless plainly verified, its observations. */
export function ReviewForm({ review }: Props) {
  const { t } = useTranslation();
  const save = useSaveOivReview();
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(review.outcome ?? null);
  const [observations, setObservations] = useState(review.observations ?? '');
  const [errors, setErrors] = useState<{ outcome?: string; observations?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const id = `review-${review.objectiveId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setProblem(null);
    const issue = reviewIssue(outcome, observations);
    if (issue) {
      const field = issue === 'oiv.outcomeRequired' ? 'outcome' : 'observations';
      setErrors({ [field]: t(issue) });
      document.getElementById(field === 'outcome' ? `${id}-outcome-VERIFIED` : `${id}-observations`)?.focus();
      return;
    }
    setErrors({});
    save
      .mutateAsync({
        periodId: review.periodId ?? 0,
        objectiveId: review.objectiveId ?? 0,
        version: review.version,
        input: { outcome: outcome ?? 'VERIFIED', observations: observations.trim() || null },
      })
      .then(() => setMessage(t('oiv.reviewSaved', { code: review.objectiveCode })))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure)) setErrors(failure.fieldErrors);
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="oiv-review-form">
      <h4 id={`${id}-title`} className="h6">
        {t('oiv.reviewHeading', { code: review.objectiveCode })}
      </h4>
      <ProblemAlert problem={problem} formFields={['outcome', 'observations']} />
      <fieldset className="mb-3" aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend className="form-label h6 fw-semibold">{t('oiv.outcome')}</legend>
        {REVIEW_OUTCOMES.map((value) => (
          <div key={value} className="form-check form-check-inline">
            <input
              type="radio"
              id={`${id}-outcome-${value}`}
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <label htmlFor={`${id}-outcome-${value}`}>{t(`oiv.outcomes.${value}`)}</label>
          </div>
        ))}
        {errors.outcome ? (
          <div id={`${id}-outcome-error`} className="invalid-feedback d-block">
            {errors.outcome}
          </div>
        ) : null}
      </fieldset>
      <TextAreaField
        id={`${id}-observations`}
        label={t('oiv.observations')}
        hint={t('oiv.observationsHint')}
        required={outcome != null && outcome !== 'VERIFIED'}
        maxLength={TEXT_MAX}
        rows={3}
        value={observations}
        error={errors.observations}
        onChange={(event) => setObservations(event.target.value)}
      />
      <div className="d-flex flex-wrap align-items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('oiv.saveReview')}
        </Button>
        <p role="status" aria-live="polite" className="mb-0 text-success fw-semibold">
          {message}
        </p>
      </div>
      {review.reviewedBy ? (
        <p className="small mt-2 mb-0">
          {t('oiv.reviewedBy', { who: review.reviewedBy, when: formatDateTime(review.reviewedAt) })}
        </p>
      ) : null}
    </form>
  );
}
