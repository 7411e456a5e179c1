import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import type { MonitoringPeriod, OpenCollectionInput, Problem } from '@/types/api';
import { formatDate, todayIso } from '@/utils/format';
import { useOpenCollection } from '@/features/collection/api/open-collection';
import { problemFieldLabel } from '@/features/collection/utils/parts';

const FIELDS = ['deadline', 'message', 'leadDays', 'everyDays'] as const;
type Field = (typeof FIELDS)[number];
const MESSAGE_MAX = 2000;

/** What the form holds, as typed. */
export type OpeningDraft = { deadline: string; message: string; leadDays: string; everyDays: string };
type Issue = { key: string; values?: Record<string, unknown> };

/** A whole number of days within the backend's bounds, or empty for the service's default. */
function checkDays(text: string, min: number, max: number): Issue | undefined {
  if (text.trim() === '') return undefined;
  const days = Number(text.trim());
  return Number.isInteger(days) && days >= min && days <= max ? undefined : { key: 'board.daysRange', values: { min, max } };
}

/** The same checks the backend makes, so that most mistakes are said before anything is sent. */
export function validateOpening(draft: OpeningDraft, today: string): Partial<Record<Field, Issue>> {
  const issues: Partial<Record<Field, Issue>> = {};
  if (!draft.deadline) issues.deadline = { key: 'board.deadlineRequired' };
  else if (draft.deadline < today) issues.deadline = { key: 'board.deadlineInPast', values: { today: formatDate(today) } };
  if (draft.message.length > MESSAGE_MAX) issues.message = { key: 'validation.tooLong', values: { max: MESSAGE_MAX } };
  const lead = checkDays(draft.leadDays, 0, 60);
  if (lead) issues.leadDays = lead;
  const every = checkDays(draft.everyDays, 1, 30);
  if (every) issues.everyDays = every;
  return issues;
}

/** Empty reminder settings are left out: the service's defaults apply. */
export function openingInputOf(draft: OpeningDraft): OpenCollectionInput {
  return {
    deadline: draft.deadline,
    message: draft.message.trim() || null,
    ...(draft.leadDays.trim() !== '' ? { leadDays: Number(draft.leadDays.trim()) } : {}),
    ...(draft.everyDays.trim() !== '' ? { everyDays: Number(draft.everyDays.trim()) } : {}),
  };
}

/** An administrator opens the period's collection: a deadline and, if they like, a message to the structures. */
export function OpenCollectionForm({ period, onOpened }: { period: MonitoringPeriod; onOpened: (structures: number) => void }) {
  const { t } = useTranslation();
  const open = useOpenCollection();
  const today = todayIso();
  const [draft, setDraft] = useState<OpeningDraft>({ deadline: '', message: '', leadDays: '', everyDays: '' });
  const set = (field: Field, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focusFirstError = (fields: Partial<Record<Field, string>>) => {
    const first = FIELDS.find((field) => fields[field]);
    if (first) form.current?.querySelector<HTMLElement>(`#open-${first}`)?.focus();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const issues = validateOpening(draft, today);
    const found = Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.values)]));
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    open
      .mutateAsync({ periodId: period.id ?? 0, input: openingInputOf(draft) })
      .then(({ data }) => onOpened(data.parts?.length ?? 0))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure)) {
          const onFields = Object.fromEntries(FIELDS.filter((f) => failure.fieldErrors[f]).map((f) => [f, failure.fieldErrors[f]]));
          setErrors(onFields);
          focusFirstError(onFields);
        }
      });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="open-collection-title" className="card-bg rounded shadow-sm p-4 mb-4">
      <h2 id="open-collection-title" className="h4">
        {t('board.openHeading')}
      </h2>
      <p>{t('board.openIntro')}</p>
      <ProblemAlert problem={problem} formFields={FIELDS} fieldLabel={(field) => problemFieldLabel(t, field)} />
      <TextField
        id="open-deadline"
        type="date"
        label={t('board.deadline')}
        hint={t('board.deadlineHint')}
        required
        min={today}
        value={draft.deadline}
        error={errors.deadline}
        onChange={(event) => set('deadline', event.target.value)}
        className="open-deadline"
      />
      <TextAreaField
        id="open-message"
        label={t('board.message')}
        hint={t('board.messageHint')}
        maxLength={MESSAGE_MAX}
        value={draft.message}
        error={errors.message}
        onChange={(event) => set('message', event.target.value)}
      />
      <fieldset className="mb-2">
        <legend className="h6">{t('board.remindersSettings')}</legend>
        <div className="row">
          <div className="col-sm-6">
            <TextField
              id="open-leadDays"
              inputMode="numeric"
              label={t('board.leadDays')}
              hint={t('board.leadDaysHint')}
              value={draft.leadDays}
              error={errors.leadDays}
              onChange={(event) => set('leadDays', event.target.value)}
            />
          </div>
          <div className="col-sm-6">
            <TextField
              id="open-everyDays"
              inputMode="numeric"
              label={t('board.everyDays')}
              hint={t('board.everyDaysHint')}
              value={draft.everyDays}
              error={errors.everyDays}
              onChange={(event) => set('everyDays', event.target.value)}
            />
          </div>
        </div>
      </fieldset>
      <Button type="submit" disabled={open.isPending}>
        {t('board.openSubmit')}
      </Button>
    </form>
  );
}
