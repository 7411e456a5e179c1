import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';

/** A rule a draft breaks: a message key and its values, translated when shown. */
export type DraftIssue = { key: string; values?: Record<string, unknown> };

export type DraftFormOptions<D, F extends string> = {
  /** The fields in the order they appear, so that the first one at fault takes the focus. */
  fields: readonly F[];
  /** Prefixes the inputs' ids: a field's input is `${idPrefix}-${field}`, a dot in the field read as a dash. */
  idPrefix: string;
  /** CSS selectors for the fields whose input is not found by the prefix (a group of checkboxes, another id). */
  selectors?: Partial<Record<F, string>>;
  /** A function is called again at each reset, so that a draft holding today's date stays current. */
  initial: D | (() => D);
  validate: (draft: D) => Partial<Record<F, DraftIssue>>;
  /** Sends the draft; a refusal it throws (problem details) is shown by the fields it names. */
  onSubmit: (draft: D) => Promise<unknown>;
  /** Starts again from the initial draft once sent, as a form that adds one thing after another does. */
  resetOnSuccess?: boolean;
};

type Errors<F extends string> = Partial<Record<F, string>>;

/**
 * The state and submission shared by the forms that send a draft: local validation first, then the API, whose
 * problem details are shown beside the fields they name; either way the first field at fault takes the focus.
 */
export function useDraftForm<D, F extends string>({
  fields,
  idPrefix,
  selectors,
  initial,
  validate,
  onSubmit,
  resetOnSuccess = false,
}: DraftFormOptions<D, F>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  function set<K extends keyof D>(field: K, value: D[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function reset() {
    setDraft(initial);
    setErrors({});
    setProblem(null);
  }

  function focusFirst(at: Errors<F>) {
    const first = fields.find((field) => at[field]);
    if (!first) return;
    const selector = selectors?.[first];
    const target = selector
      ? document.querySelector<HTMLElement>(selector)
      : document.getElementById(`${idPrefix}-${first.replaceAll('.', '-')}`);
    target?.focus();
  }

  async function submit() {
    setProblem(null);
    // A validator leaves out the fields it accepts: no entry holds undefined.
    const issues = validate(draft) as Record<string, DraftIssue>;
    const messages = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.values)]),
    ) as Errors<F>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      focusFirst(messages);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(draft);
      if (resetOnSuccess) reset();
    } catch (error) {
      if (isApiError(error)) {
        const byField = error.fieldErrors as Errors<F>;
        setErrors(byField);
        setProblem(error.problem);
        focusFirst(byField);
      } else {
        setProblem({ title: String(error) });
      }
    } finally {
      setSaving(false);
    }
  }

  return { draft, set, errors, problem, saving, submit, reset };
}
