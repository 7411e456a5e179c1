import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import type { MonitoringPeriod, Problem } from '@/types/api';
import { formatDate, todayIso } from '@/utils/format';
import { useOpenCollection } from '@/features/collection/api/open-collection';
import { problemFieldLabel } from '@/features/collection/utils/parts';

const FIELDS = ['deadline', 'message'] as const;
type Field = (typeof FIELDS)[number];
const MESSAGE_MAX = 2000;

/** The same checks the backend makes, so that most mistakes are said before anything is sent. */
export function validateOpening(deadline: string, message: string, today: string): Partial<Record<Field, { key: string; values?: Record<string, unknown> }>> {
  const issues: Partial<Record<Field, { key: string; values?: Record<string, unknown> }>> = {};
  if (!deadline) issues.deadline = { key: 'board.deadlineRequired' };
  else if (deadline < today) issues.deadline = { key: 'board.deadlineInPast', values: { today: formatDate(today) } };
  if (message.length > MESSAGE_MAX) issues.message = { key: 'validation.tooLong', values: { max: MESSAGE_MAX } };
  return issues;
}

/** An administrator opens the period's collection: a deadline and, if they like, a message to the structures. */
export function OpenCollectionForm({ period, onOpened }: { period: MonitoringPeriod; onOpened: (structures: number) => void }) {
  const { t } = useTranslation();
  const open = useOpenCollection();
  const today = todayIso();
  const [deadline, setDeadline] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focusFirstError = (fields: Partial<Record<Field, string>>) => {
    const first = FIELDS.find((field) => fields[field]);
    if (first) form.current?.querySelector<HTMLElement>(`#open-${first}`)?.focus();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const issues = validateOpening(deadline, message, today);
    const found = Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.values)]));
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    open
      .mutateAsync({ periodId: period.id ?? 0, input: { deadline, message: message.trim() || null } })
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
        value={deadline}
        error={errors.deadline}
        onChange={(event) => setDeadline(event.target.value)}
        className="open-deadline"
      />
      <TextAreaField
        id="open-message"
        label={t('board.message')}
        hint={t('board.messageHint')}
        maxLength={MESSAGE_MAX}
        value={message}
        error={errors.message}
        onChange={(event) => setMessage(event.target.value)}
      />
      <Button type="submit" disabled={open.isPending}>
        {t('board.openSubmit')}
      </Button>
    </form>
  );
}
