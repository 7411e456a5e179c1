import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import type { Reference } from '@/features/organisations/api/references';
import {
  MEMBER_FIELDS,
  MEMBER_ROLES,
  validateMember,
  type MemberDraft,
  type MemberField,
} from '@/features/organisations/utils/member-draft';

type Props = {
  /** Prefixes the fields' ids, so that the adding and the edit forms can share the page. */
  id: string;
  mode: 'add' | 'edit';
  initial: MemberDraft;
  /** This organisation's responsible structures, for an editor. */
  structures: Reference[];
  submitLabel: string;
  /** Sends the draft; a refusal it throws (problem details) is shown by the fields at fault. */
  onSubmit: (draft: MemberDraft) => Promise<unknown>;
  onCancel?: () => void;
};

/** A person of another organisation made a member of this one: who (by username), with which role and structures. */
export function MemberForm({ id, mode, initial, structures, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MemberDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<MemberField, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const adding = mode === 'add';

  function set<K extends MemberField>(field: K, value: MemberDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function focusFirst(fields: Partial<Record<MemberField, string>>) {
    const first = MEMBER_FIELDS.find((field) => fields[field]);
    if (!first) return;
    const target =
      first === 'structures'
        ? document.querySelector<HTMLInputElement>(`#${id}-structures input`)
        : document.getElementById(`${id}-${first}`);
    target?.focus();
  }

  async function submit() {
    setProblem(null);
    const issues = validateMember(draft);
    const messages = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.values)]),
    ) as Partial<Record<MemberField, string>>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      focusFirst(messages);
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ ...draft, username: draft.username.trim() });
      if (adding) setDraft(initial);
    } catch (error) {
      if (isApiError(error)) {
        const byField = error.fieldErrors as Partial<Record<MemberField, string>>;
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

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ProblemAlert problem={problem} formFields={MEMBER_FIELDS} />
      <div className="row">
        <div className="col-md-6">
          <TextField
            id={`${id}-username`}
            label={t('users.username')}
            hint={adding ? t('members.usernameHint') : undefined}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            readOnly={!adding}
            maxLength={100}
            value={draft.username}
            error={errors.username}
            onChange={(event) => set('username', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            id={`${id}-role`}
            label={t('users.role')}
            required
            value={draft.role}
            error={errors.role}
            options={MEMBER_ROLES.map((role) => ({ value: role, label: t(`account.roles.${role}`) }))}
            onChange={(event) => set('role', event.target.value as MemberDraft['role'])}
          />
        </div>
      </div>
      {draft.role === 'EDITOR' ? (
        <fieldset
          id={`${id}-structures`}
          className="mb-3"
          aria-describedby={[`${id}-structures-hint`, errors.structures ? `${id}-structures-error` : null]
            .filter(Boolean)
            .join(' ')}
        >
          <legend className="h6">
            {t('users.structures')}
            <span aria-hidden="true"> *</span>
          </legend>
          <p id={`${id}-structures-hint`} className="form-text mt-0">
            {structures.length === 0 ? t('members.noStructures') : t('members.structuresHint')}
          </p>
          {structures.map((structure) => (
            <div className="form-check" key={structure.code}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`${id}-structure-${structure.code}`}
                checked={draft.structures.includes(structure.code ?? '')}
                onChange={(event) =>
                  set(
                    'structures',
                    event.target.checked
                      ? [...draft.structures, structure.code ?? '']
                      : draft.structures.filter((code) => code !== structure.code),
                  )
                }
              />
              <label className="form-check-label" htmlFor={`${id}-structure-${structure.code}`}>
                {structure.name}
              </label>
            </div>
          ))}
          {errors.structures ? (
            <div id={`${id}-structures-error`} className="invalid-feedback d-block">
              {errors.structures}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div className="d-flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" outline onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
