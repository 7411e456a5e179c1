import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import { diffDrafts } from '@/utils/diff';
import { getLastAuthor, type AuditedType } from '@/features/plan-admin/api/get-last-author';
import type { Issues } from '@/features/plan-admin/utils/drafts';

type Options<E, D> = {
  /** The saved thing as the admin lists show it now: after a stale save the lists are read again and this is the newer version. */
  entity: E;
  /** How the audit trail names it, to say who saved first. */
  audited: { type: AuditedType; id: number };
  draftOf: (entity: E) => D;
  validate: (draft: D) => Issues;
  save: (draft: D, version: number | undefined) => Promise<unknown>;
  onSaved: () => void;
};

/**
 * An edit form of the plan's structure: starts from the saved values, checks what the backend checks, sends the
 * version it started from (If-Match) and, when someone saved first, keeps what was typed and shows what they changed.
 */
export function useEditForm<E extends { version?: number }, D extends Record<string, string>>({
  entity,
  audited,
  draftOf,
  validate,
  save,
  onSaved,
}: Options<E, D>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(entity);
  const [draft, setDraft] = useState<D>(() => draftOf(entity));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const [by, setBy] = useState<string>();
  const fields = Object.keys(draft) as (keyof D & string)[];
  const changes = stale ? diffDrafts(fields, draftOf(base), draftOf(entity), draft) : [];

  const setField = (field: keyof D, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit() {
    setProblem(null);
    const issues = validate(draft);
    const messages = Object.fromEntries(Object.entries(issues).map(([f, issue]) => [f, t(issue.key, issue.values)]));
    setErrors(messages);
    if (Object.keys(messages).length > 0) return;
    setSaving(true);
    try {
      // After a stale save the user has seen the newer version: their values now apply to it.
      await save(draft, stale ? entity.version : base.version);
      setStale(false);
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.isStale) {
        if (stale) setBase(entity);
        setStale(true);
        const [author] = await Promise.all([
          getLastAuthor(audited.type, audited.id),
          queryClient.invalidateQueries({ queryKey: ['admin'] }),
        ]);
        setBy(author);
      } else if (isApiError(error)) {
        setErrors(error.fieldErrors);
        setProblem(error.problem);
      } else {
        setProblem({ title: String(error) });
      }
    } finally {
      setSaving(false);
    }
  }

  function takeTheirs() {
    setBase(entity);
    setDraft(draftOf(entity));
    setStale(false);
    setErrors({});
  }

  return { draft, setField, errors, problem, stale, by, changes, saving, submit, takeTheirs };
}
