import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import type { Issues } from '@/features/plan-admin/utils/drafts';

/**
 * A create form: its draft, the client's checks (the backend's rules) and the backend's problem details by field.
 * After a successful save the draft starts again from `empty`.
 */
export function useAdminForm<D extends Record<string, string>>(empty: D, validate: (draft: D) => Issues) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  const setField = useCallback((field: keyof D, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
  }, []);

  const run = useCallback(
    async (send: (draft: D) => Promise<unknown>) => {
      setProblem(null);
      const issues = validate(draft);
      const messages = Object.fromEntries(Object.entries(issues).map(([f, issue]) => [f, t(issue.key, issue.values)]));
      setErrors(messages);
      if (Object.keys(messages).length > 0) return false;
      try {
        await send(draft);
        setDraft(empty);
        return true;
      } catch (error) {
        if (isApiError(error)) {
          setErrors(error.fieldErrors);
          setProblem(error.problem);
        } else {
          setProblem({ title: String(error) });
        }
        return false;
      }
    },
    [draft, empty, t, validate],
  );

  /** A field's value, error and change handler, to spread on its TextField or SelectField. */
  const bind = (field: keyof D & string) => ({
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => setField(field, event.target.value),
  });

  return { draft, setField, bind, fields: Object.keys(empty), errors, problem, run };
}
