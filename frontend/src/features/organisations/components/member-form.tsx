import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { StructuresFieldset } from '@/components/structures-fieldset';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useDraftForm } from '@/lib/use-draft-form';
import type { Reference } from '@/features/organisations/api/references';
import {
  MEMBER_FIELDS,
  MEMBER_ROLES,
  validateMember,
  type MemberDraft,
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
  const adding = mode === 'add';
  const { draft, set, errors, problem, saving, submit } = useDraftForm({
    fields: MEMBER_FIELDS,
    idPrefix: id,
    selectors: { structures: `#${id}-structures input` },
    initial,
    validate: validateMember,
    onSubmit: (sent) => onSubmit({ ...sent, username: sent.username.trim() }),
    resetOnSuccess: adding,
  });

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
        <StructuresFieldset
          id={id}
          structures={structures}
          selected={draft.structures}
          hint={structures.length === 0 ? t('members.noStructures') : t('members.structuresHint')}
          error={errors.structures}
          onChange={(codes) => set('structures', codes)}
        />
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
