import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { Alert } from '@/components/ui/alert';
import type { Phase, ReportPhase } from '@/types/api';
import { formatDate, todayIso } from '@/utils/format';
import { getLastAuthor } from '@/features/progress/api/get-last-author';
import { getPhase, usePhase } from '@/features/progress/api/get-phase';
import { useUpdatePhaseProgress } from '@/features/progress/api/update-phase-progress';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleChanges } from '@/components/stale-changes';
import { useFocusFirstError } from '@/features/progress/hooks/use-focus-first-error';
import { useVersionedEdit, type Loaded } from '@/features/progress/hooks/use-versioned-edit';
import { diffDrafts } from '@/utils/diff';
import {
  PHASE_FIELDS,
  phaseDraftOf,
  phaseInputOf,
  validatePhaseDraft,
  type PhaseDraft,
  type PhaseField,
} from '@/features/progress/utils/phase-draft';

type Props = { phase: ReportPhase; onDone: (saved: boolean) => void };

function loadedOf(phase: Phase, etag: string | null): Loaded<PhaseDraft> {
  return { values: phaseDraftOf(phase), etag, updatedAt: phase.updatedAt };
}

/** The progress of one phase: actual end, partial progress, note and data source. */
export function PhaseProgressForm({ phase, onDone }: Props) {
  const { t } = useTranslation();
  const query = usePhase(phase.id ?? 0);
  if (query.isPending) return <Spinner label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Alert tone="danger" role="alert">
        {query.error.message}
      </Alert>
    );
  }
  return <PhaseProgressEditor initial={loadedOf(query.data.data, query.data.etag)} phase={phase} onDone={onDone} />;
}

function PhaseProgressEditor({ initial, phase, onDone }: { initial: Loaded<PhaseDraft> } & Props) {
  const { t } = useTranslation();
  const mutation = useUpdatePhaseProgress();
  const phaseId = phase.id ?? 0;
  const labels: Record<PhaseField, string> = useMemo(
    () => ({
      actualEnd: t('phase.actualEnd'),
      partialProgress: t('phase.partialProgressField'),
      monitoringNote: t('phase.monitoringNote'),
      dataSource: t('phase.dataSource'),
    }),
    [t],
  );
  const validate = useCallback(
    (draft: PhaseDraft) =>
      Object.fromEntries(
        Object.entries(validatePhaseDraft(draft, todayIso())).map(([field, issue]) => [field, t(issue.key, issue.values)]),
      ),
    [t],
  );
  const edit = useVersionedEdit({
    initial,
    validate,
    save: (draft, etag) => mutation.mutateAsync({ phaseId, etag, input: phaseInputOf(draft) }),
    reload: async () => {
      const [fresh, by] = await Promise.all([getPhase(phaseId), getLastAuthor('phase', phaseId)]);
      return { ...loadedOf(fresh.data, fresh.etag), by };
    },
    onSaved: () => onDone(true),
  });
  const { draft, errors, conflict } = edit;
  const formRef = useFocusFirstError<HTMLFormElement>(edit.refusals);
  const display = (field: PhaseField, value: string) =>
    field === 'actualEnd' ? formatDate(value) : field === 'partialProgress' ? `${value}%` : value;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void edit.submit();
      }}
      aria-describedby={`phase-form-${phaseId}-help`}
    >
      <p id={`phase-form-${phaseId}-help`} className="small">
        {t('phase.formHelp', { start: formatDate(phase.plannedStart), end: formatDate(phase.plannedEnd) })}
      </p>
      {conflict ? (
        <StaleChanges
          what={t('phase.definite', { number: phase.number })}
          rows={diffDrafts(PHASE_FIELDS, edit.base, conflict.theirs, draft)}
          labels={labels}
          display={display}
          updatedAt={conflict.updatedAt}
          by={conflict.by}
          saving={edit.saving}
          onReapply={() => void edit.reapply()}
          onTakeTheirs={edit.takeTheirs}
        />
      ) : null}
      <ProblemAlert problem={edit.problem} formFields={PHASE_FIELDS} />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`phase-${phaseId}-actual-end`}
            type="date"
            label={labels.actualEnd}
            hint={t('phase.actualEndHint')}
            value={draft.actualEnd}
            max={todayIso()}
            error={errors.actualEnd}
            onChange={(event) => edit.setField('actualEnd', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`phase-${phaseId}-partial`}
            inputMode="decimal"
            label={labels.partialProgress}
            hint={t('phase.partialProgressHint')}
            value={draft.partialProgress}
            error={errors.partialProgress}
            onChange={(event) => edit.setField('partialProgress', event.target.value)}
          />
        </div>
      </div>
      <TextAreaField
        id={`phase-${phaseId}-note`}
        label={labels.monitoringNote}
        value={draft.monitoringNote}
        error={errors.monitoringNote}
        maxLength={10_000}
        onChange={(event) => edit.setField('monitoringNote', event.target.value)}
      />
      <TextField
        id={`phase-${phaseId}-source`}
        label={labels.dataSource}
        value={draft.dataSource}
        error={errors.dataSource}
        maxLength={500}
        onChange={(event) => edit.setField('dataSource', event.target.value)}
      />
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
