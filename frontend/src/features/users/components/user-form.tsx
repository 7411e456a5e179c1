import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { StructuresFieldset } from '@/components/structures-fieldset';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useDraftForm } from '@/lib/use-draft-form';
import type { ResponsibleStructure } from '@/types/api';
import {
  ROLES,
  USER_FIELDS,
  validateUser,
  type UserDraft,
} from '@/features/users/utils/user-draft';

type Props = {
  /** Prefixes the fields' ids, so that the creation and the edit forms can share a page. */
  id: string;
  mode: 'create' | 'edit';
  initial: UserDraft;
  structures: ResponsibleStructure[];
  submitLabel: string;
  /** Sends the draft; a refusal it throws (problem details) is shown by the fields at fault. */
  onSubmit: (draft: UserDraft) => Promise<unknown>;
  onCancel?: () => void;
};

/** A user's account: name, role, structures for an editor, a password to set or reset, suspension. */
export function UserForm({ id, mode, initial, structures, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const creating = mode === 'create';
  const { draft, set, errors, problem, saving, submit } = useDraftForm({
    fields: USER_FIELDS,
    idPrefix: id,
    selectors: { structures: `#${id}-structures input` },
    initial,
    validate: (sent: UserDraft) => validateUser(sent, creating),
    onSubmit,
    resetOnSuccess: creating,
  });

  const others = (problem?.errors ?? []).filter((e) => !e.field || !(USER_FIELDS as readonly string[]).includes(e.field));

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {problem ? (
        <Alert tone="danger" role="alert">
          <p className="fw-semibold mb-1">{problem.title ?? t('errors.generic')}</p>
          {problem.detail ? <p className="mb-1">{problem.detail}</p> : null}
          {others.length > 0 ? (
            <ul className="mb-0">
              {others.map((e) => (
                <li key={`${e.field}-${e.message}`}>
                  {e.field ? `${e.field}: ` : ''}
                  {e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="row">
        <div className="col-md-6">
          {creating ? (
            <TextField
              id={`${id}-username`}
              label={t('users.username')}
              hint={t('users.usernameHint')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              maxLength={100}
              value={draft.username}
              error={errors.username}
              onChange={(event) => set('username', event.target.value)}
            />
          ) : (
            <TextField
              id={`${id}-username`}
              label={t('users.username')}
              readOnly
              value={draft.username}
              error={errors.username}
            />
          )}
        </div>
        <div className="col-md-6">
          <TextField
            id={`${id}-displayName`}
            label={t('users.displayName')}
            autoComplete="off"
            required
            maxLength={255}
            value={draft.displayName}
            error={errors.displayName}
            onChange={(event) => set('displayName', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${id}-email`}
            type="email"
            label={t('users.email')}
            hint={creating ? t('users.emailHint') : t('users.emailEditHint')}
            autoComplete="off"
            maxLength={254}
            value={draft.email}
            error={errors.email}
            onChange={(event) => set('email', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id={`${id}-password`}
            type="password"
            label={creating ? t('users.password') : t('users.newPassword')}
            hint={creating ? t('users.passwordHint') : t('users.newPasswordHint')}
            autoComplete="new-password"
            required={creating}
            maxLength={200}
            value={draft.password}
            error={errors.password}
            onChange={(event) => set('password', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <SelectField
            id={`${id}-role`}
            label={t('users.role')}
            required
            value={draft.role}
            error={errors.role}
            options={ROLES.map((role) => ({ value: role, label: t(`account.roles.${role}`) }))}
            onChange={(event) => set('role', event.target.value as UserDraft['role'])}
          />
        </div>
      </div>
      {draft.role === 'EDITOR' ? (
        <StructuresFieldset
          id={id}
          structures={structures}
          selected={draft.structures}
          hint={t('users.structuresHint')}
          error={errors.structures}
          onChange={(codes) => set('structures', codes)}
        />
      ) : null}
      {creating ? null : (
        <div className="form-check mb-3">
          <input
            className="form-check-input"
            type="checkbox"
            id={`${id}-active`}
            aria-describedby={`${id}-active-hint`}
            checked={draft.active}
            onChange={(event) => set('active', event.target.checked)}
          />
          <label className="form-check-label" htmlFor={`${id}-active`}>
            {t('users.activeField')}
          </label>
          <div id={`${id}-active-hint`} className="form-text">
            {t('users.activeHint')}
          </div>
        </div>
      )}
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
