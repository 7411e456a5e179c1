import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';

/** The version someone else saved while this user was editing. */
export type Conflict<V> = { theirs: V; etag: string | null; updatedAt?: string; by?: string };

export type Loaded<V> = { values: V; etag: string | null; updatedAt?: string; by?: string };

type Options<V, R> = {
  initial: Loaded<V>;
  /** Client-side checks; returns the messages by field, empty when the values may be sent. */
  validate: (values: V) => Record<string, string>;
  save: (values: V, etag: string | null) => Promise<R>;
  /** Reads the current version, after the backend refused a stale one. */
  reload: () => Promise<Loaded<V>>;
  onSaved: (result: R) => void;
};

/**
 * An edit checked against the version it started from. A stale save (412, or 428 when the record was created
 * meanwhile) never overwrites: the current version is read, the user's values stay in the form, and the user
 * either reapplies them on the current version or takes theirs.
 */
export function useVersionedEdit<V extends Record<string, string>, R>({ initial, validate, save, reload, onSaved }: Options<V, R>) {
  const [draft, setDraft] = useState<V>(initial.values);
  const [base, setBase] = useState<V>(initial.values);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  // Counts refusals on fields, so that a form can move the focus to the first field at fault after each one.
  const [refusals, setRefusals] = useState(0);
  const etag = useRef(initial.etag);

  const setField = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field as string];
      return next;
    });
  }, []);

  const submit = useCallback(
    async (values: V = draft) => {
      setDraft(values);
      setProblem(null);
      const issues = validate(values);
      setErrors(issues);
      if (Object.keys(issues).length > 0) {
        setRefusals((count) => count + 1);
        return false;
      }
      setSaving(true);
      try {
        const result = await save(values, etag.current);
        onSaved(result);
        return true;
      } catch (error) {
        if (isApiError(error) && error.isStale) {
          try {
            const current = await reload();
            setConflict({ theirs: current.values, etag: current.etag, updatedAt: current.updatedAt, by: current.by });
          } catch (reloadError) {
            setProblem(isApiError(reloadError) ? reloadError.problem : { title: String(reloadError) });
          }
        } else if (isApiError(error)) {
          setErrors(error.fieldErrors);
          setProblem(error.problem);
          if (Object.keys(error.fieldErrors).length > 0) setRefusals((count) => count + 1);
        } else {
          setProblem({ title: String(error) });
        }
        return false;
      } finally {
        setSaving(false);
      }
    },
    [draft, validate, save, reload, onSaved],
  );

  /** Applies what this user typed on top of the version now stored. */
  const reapply = useCallback(async () => {
    if (!conflict) return false;
    etag.current = conflict.etag;
    setBase(conflict.theirs);
    setConflict(null);
    return submit(draft);
  }, [conflict, draft, submit]);

  /** Drops what this user typed and continues from the version now stored. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    etag.current = conflict.etag;
    setBase(conflict.theirs);
    setDraft(conflict.theirs);
    setConflict(null);
    setErrors({});
    setProblem(null);
  }, [conflict]);

  return { draft, base, conflict, errors, problem, saving, refusals, setField, submit, reapply, takeTheirs };
}
