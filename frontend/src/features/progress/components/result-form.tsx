import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentBadge } from '@/components/assessment-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { ASSESSMENT_STEPS, type IndicatorResult, type ReportIndicator } from '@/types/api';
import { formatPercent, parseDecimal } from '@/utils/format';
import { getLastAuthor } from '@/features/progress/api/get-last-author';
import { getResult, useResult } from '@/features/progress/api/get-result';
import { useSaveResult } from '@/features/progress/api/save-result';
import { useSuggestionPreview } from '@/features/progress/api/preview-suggestion';
import { useDebounced } from '@/features/progress/hooks/use-debounced';
import { suggestionReason } from '@/features/progress/utils/suggestion-reason';
import { deviationReasons, deviationText } from '@/features/progress/utils/deviation';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleChanges } from '@/components/stale-changes';
import { useFocusFirstError } from '@/features/progress/hooks/use-focus-first-error';
import { useVersionedEdit, type Loaded } from '@/features/progress/hooks/use-versioned-edit';
import { diffDrafts } from '@/utils/diff';
import {
  RESULT_FIELDS,
  resultDraftOf,
  resultInputOf,
  validateResultDraft,
  type ResultDraft,
  type ResultField,
} from '@/features/progress/utils/result-draft';

type Props = { indicator: ReportIndicator; name: string; periodId: number; onDone: (saved: boolean) => void };

function loadedOf(result: IndicatorResult | null, etag: string | null): Loaded<ResultDraft> {
  return { values: resultDraftOf(result), etag, updatedAt: result?.updatedAt };
}

/** An indicator's result in a period: the override and its justification, note, source and assessment. */
export function ResultForm(props: Props) {
  const { t } = useTranslation();
  const query = useResult(props.indicator.id ?? 0, props.periodId);
  if (query.isPending) return <Spinner label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Alert tone="danger" role="alert">
        {query.error.message}
      </Alert>
    );
  }
  return <ResultEditor {...props} initial={loadedOf(query.data.data, query.data.etag)} />;
}

function ResultEditor({ indicator, name, periodId, onDone, initial }: Props & { initial: Loaded<ResultDraft> }) {
  const { t } = useTranslation();
  const mutation = useSaveResult();
  const indicatorId = indicator.id ?? 0;
  const direct = indicator.kind === 'DIRECT';
  const labels: Record<ResultField, string> = useMemo(
    () => ({
      enteredValue: t(direct ? 'result.valueDirect' : 'result.valueOverride'),
      enteredJustification: t('result.justification'),
      monitoringNote: t('result.monitoringNote'),
      dataSource: t('result.dataSource'),
      assessmentStep: t('result.assessment'),
      deviationExplanation: t('result.deviationExplanation'),
      correctiveActions: t('result.correctiveActions'),
    }),
    [t, direct],
  );
  // Whether the value typed is behind its pace comes from the suggestion for it, read below: the check at saving
  // takes the latest one known. The backend checks again, and its refusal lands on the same field.
  const pace = useRef<{ expectedValue?: number | null; reasonCode?: string | null }>({});
  const validate = useCallback(
    (draft: ResultDraft) => {
      const behind =
        deviationReasons({
          assessmentStep: draft.assessmentStep,
          expectedValue: pace.current.expectedValue,
          suggestionReasonCode: pace.current.reasonCode,
        }).length > 0;
      return Object.fromEntries(
        Object.entries(validateResultDraft(draft, indicator.kind, behind)).map(([field, issue]) => [
          field,
          t(issue.key, issue.values),
        ]),
      );
    },
    [t, indicator.kind],
  );
  const edit = useVersionedEdit({
    initial,
    validate,
    save: (draft, etag) => mutation.mutateAsync({ indicatorId, periodId, etag, input: resultInputOf(draft) }),
    reload: async () => {
      const fresh = await getResult(indicatorId, periodId);
      const by = fresh.data?.id != null ? await getLastAuthor('result', fresh.data.id) : undefined;
      return { ...loadedOf(fresh.data, fresh.etag), by };
    },
    onSaved: () => onDone(true),
  });
  const { draft, errors, conflict } = edit;
  // The suggestion follows what is typed, computed by the backend's own rules; "accept" waits until it has caught up.
  const typed = parseDecimal(draft.enteredValue);
  const typedIsValid = typed == null || (!Number.isNaN(typed) && typed >= 0);
  const settled = useDebounced(typed, 300);
  const preview = useSuggestionPreview(indicatorId, periodId, typedIsValid ? settled : null, typedIsValid);
  const previewIsCurrent = typedIsValid && settled === typed && preview.isSuccess && !preview.isPlaceholderData;
  const shown = preview.data ?? {
    computedValue: indicator.computedValue,
    expectedValue: indicator.expectedValue,
    suggestion: indicator.suggestion,
  };
  const suggestion = shown.suggestion;
  const reason = suggestion ? suggestionReason(t, suggestion) : undefined;
  pace.current = { expectedValue: shown.expectedValue, reasonCode: suggestion?.reasonCode };
  const behind = deviationReasons({
    assessmentStep: draft.assessmentStep,
    expectedValue: shown.expectedValue,
    suggestionReasonCode: suggestion?.reasonCode,
  });
  const showDeviation =
    behind.length > 0 ||
    draft.deviationExplanation !== '' ||
    draft.correctiveActions !== '' ||
    errors.deviationExplanation != null ||
    errors.correctiveActions != null;
  const formRef = useFocusFirstError<HTMLFormElement>(edit.refusals);
  const display = (field: ResultField, value: string) => {
    if (field === 'assessmentStep') return `${value} · ${t(`assessment.step.${value}`)}`;
    if (field === 'enteredValue') return `${value}%`;
    return value;
  };
  const prefix = `result-${indicatorId}`;
  const typedOrComputed = typedIsValid && typed != null ? typed : shown.computedValue;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void edit.submit();
      }}
    >
      {conflict ? (
        <StaleChanges
          what={t('result.definite', { name })}
          rows={diffDrafts(RESULT_FIELDS, edit.base, conflict.theirs, draft)}
          labels={labels}
          display={display}
          updatedAt={conflict.updatedAt}
          by={conflict.by}
          saving={edit.saving}
          onReapply={() => void edit.reapply()}
          onTakeTheirs={edit.takeTheirs}
        />
      ) : null}
      <ProblemAlert problem={edit.problem} formFields={RESULT_FIELDS} />
      <p>
        {t('result.computed')}: <strong>{formatPercent(shown.computedValue)}</strong>
        {shown.expectedValue != null ? (
          <>
            {' · '}
            {t('value.expected')}: <strong>{formatPercent(shown.expectedValue)}</strong>
          </>
        ) : null}
      </p>
      <div className="row">
        <div className="col-md-4">
          <TextField
            id={`${prefix}-value`}
            inputMode="decimal"
            label={labels.enteredValue}
            hint={t(direct ? 'result.valueDirectHint' : 'result.valueOverrideHint')}
            value={draft.enteredValue}
            error={errors.enteredValue}
            onChange={(event) => edit.setField('enteredValue', event.target.value)}
          />
        </div>
        <div className="col-md-8">
          <TextAreaField
            id={`${prefix}-justification`}
            label={labels.enteredJustification}
            hint={direct ? undefined : t('result.justificationHint')}
            required={!direct && draft.enteredValue.trim() !== ''}
            value={draft.enteredJustification}
            error={errors.enteredJustification}
            rows={2}
            onChange={(event) => edit.setField('enteredJustification', event.target.value)}
          />
        </div>
      </div>
      <TextAreaField
        id={`${prefix}-note`}
        label={labels.monitoringNote}
        value={draft.monitoringNote}
        error={errors.monitoringNote}
        onChange={(event) => edit.setField('monitoringNote', event.target.value)}
      />
      <TextField
        id={`${prefix}-source`}
        label={labels.dataSource}
        value={draft.dataSource}
        error={errors.dataSource}
        onChange={(event) => edit.setField('dataSource', event.target.value)}
      />
      {suggestion?.step != null ? (
        <div
          className="suggestion callout-like p-3 mb-3"
          data-testid="suggestion"
          data-current={previewIsCurrent ? 'true' : 'false'}
          aria-live="polite"
          aria-busy={!previewIsCurrent}
        >
          <p className="mb-1">
            <span className="fw-semibold">{t('suggestion.title')}:</span> <AssessmentBadge step={suggestion.step} />
            {!previewIsCurrent ? (
              <span className="small ms-2">{typedIsValid ? t('suggestion.updating') : t('suggestion.needsValidValue')}</span>
            ) : null}
          </p>
          {reason ? (
            <p className="small mb-2">
              {t('suggestion.reason')}: {reason}
            </p>
          ) : null}
          <Button
            variant="primary"
            outline
            size="sm"
            disabled={edit.saving || conflict != null || !previewIsCurrent}
            onClick={() => void edit.submit({ ...draft, assessmentStep: String(suggestion.step) })}
          >
            {t('suggestion.accept')}
          </Button>
        </div>
      ) : null}
      <fieldset className="mb-3" aria-describedby={errors.assessmentStep ? `${prefix}-step-error` : undefined}>
        <legend className="h6">{labels.assessmentStep}</legend>
        {ASSESSMENT_STEPS.map((step) => (
          <div className="form-check" key={step}>
            <input
              className="form-check-input"
              type="radio"
              name={`${prefix}-step`}
              id={`${prefix}-step-${step}`}
              value={String(step)}
              checked={draft.assessmentStep === String(step)}
              onChange={() => edit.setField('assessmentStep', String(step))}
            />
            <label className="form-check-label" htmlFor={`${prefix}-step-${step}`}>
              <AssessmentBadge step={step} />
              {suggestion?.step === step ? <span className="small ms-2">({t('suggestion.short')})</span> : null}
            </label>
          </div>
        ))}
        <div className="form-check">
          <input
            className="form-check-input"
            type="radio"
            name={`${prefix}-step`}
            id={`${prefix}-step-none`}
            value=""
            checked={draft.assessmentStep === ''}
            onChange={() => edit.setField('assessmentStep', '')}
          />
          <label className="form-check-label" htmlFor={`${prefix}-step-none`}>
            {t('assessment.none')}
          </label>
        </div>
        {errors.assessmentStep ? (
          <div id={`${prefix}-step-error`} className="invalid-feedback d-block">
            {errors.assessmentStep}
          </div>
        ) : null}
      </fieldset>
      {/* Said as soon as a choice leaves the indicator behind: the fields that then appear are asked for. */}
      <div aria-live="polite" id={`${prefix}-deviation-reasons`}>
        {behind.length > 0 ? (
          <p className="deviation-reasons mb-2" data-testid="deviation-reasons">
            {t('result.deviationBecause', {
              reasons: deviationText(t, behind, {
                step: draft.assessmentStep,
                value: typedOrComputed,
                expected: shown.expectedValue,
              }),
            })}
          </p>
        ) : null}
      </div>
      {showDeviation ? (
        <fieldset
          className="deviation p-3 mb-3"
          data-testid="deviation"
          aria-describedby={behind.length > 0 ? `${prefix}-deviation-reasons` : undefined}
        >
          <legend className="h6">{t('result.deviation')}</legend>
          <TextAreaField
            id={`${prefix}-deviation`}
            label={labels.deviationExplanation}
            hint={t('result.deviationExplanationHint')}
            required={behind.length > 0}
            value={draft.deviationExplanation}
            error={errors.deviationExplanation}
            onChange={(event) => edit.setField('deviationExplanation', event.target.value)}
          />
          <TextAreaField
            id={`${prefix}-corrective`}
            label={labels.correctiveActions}
            hint={t('result.correctiveActionsHint')}
            value={draft.correctiveActions}
            error={errors.correctiveActions}
            className="mb-0"
            onChange={(event) => edit.setField('correctiveActions', event.target.value)}
          />
        </fieldset>
      ) : null}
      <div className="d-flex gap-2">
        <Button type="submit" disabled={edit.saving || conflict != null}>
          {edit.saving ? t('common.saving') : t('common.save')}
        </Button>
        <Button variant="secondary" outline onClick={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
