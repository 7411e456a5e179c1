import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useDraftForm } from '@/lib/use-draft-form';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELDS,
  PUBLIC_READ_CHOICES,
  validateOrganisation,
  type OrganisationDraft,
  type OrganisationField,
} from '@/features/organisations/utils/organisation-draft';

type Props = {
  /** Sends the draft; a refusal it throws (problem details) is shown beside the fields it names. */
  onSubmit: (draft: OrganisationDraft) => Promise<unknown>;
};

const ID = 'new-organisation';
const FIELDS = Object.values(ORGANISATION_FIELDS) as readonly OrganisationField[];
const idOf = (field: OrganisationField) => `${ID}-${field.replace('.', '-')}`;

/** A new organisation and its first administrator, who will fill it: structures, units, users, plans. */
export function OrganisationForm({ onSubmit }: Props) {
  const { t } = useTranslation();
  const { draft, set, errors, problem, saving, submit } = useDraftForm({
    fields: FIELDS,
    idPrefix: ID,
    initial: EMPTY_ORGANISATION,
    validate: validateOrganisation,
    onSubmit,
    resetOnSuccess: true,
  });

  const field = (name: OrganisationField) => ({ id: idOf(name), error: errors[name] });

  return (
    <form
      noValidate
      aria-labelledby="new-organisation-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ProblemAlert problem={problem} formFields={FIELDS} />
      <fieldset className="mb-3">
        <legend className="h5">{t('organisations.organisation')}</legend>
        <div className="row">
          <div className="col-md-4">
            <TextField
              {...field('code')}
              label={t('organisations.code')}
              hint={t('organisations.codeHint')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              required
              maxLength={32}
              value={draft.code}
              onChange={(event) => set('code', event.target.value.toUpperCase())}
            />
          </div>
          <div className="col-md-8">
            <TextField
              {...field('name')}
              label={t('organisations.name')}
              autoComplete="off"
              required
              maxLength={255}
              value={draft.name}
              onChange={(event) => set('name', event.target.value)}
            />
          </div>
          <div className="col-md-8">
            <SelectField
              {...field('publicRead')}
              label={t('organisations.publicRead')}
              hint={t('organisations.publicReadHint')}
              value={draft.publicRead}
              options={PUBLIC_READ_CHOICES.map((choice) => ({ value: choice, label: t(`organisations.publicReadChoice.${choice}`) }))}
              onChange={(event) => set('publicRead', event.target.value as OrganisationDraft['publicRead'])}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h5">{t('organisations.administrator')}</legend>
        <p className="form-text mt-0">{t('organisations.administratorHint')}</p>
        <div className="row">
          <div className="col-md-6">
            <TextField
              {...field('administrator.username')}
              label={t('users.username')}
              hint={t('organisations.usernameHint')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              maxLength={100}
              value={draft.username}
              onChange={(event) => set('username', event.target.value)}
            />
          </div>
          <div className="col-md-6">
            <TextField
              {...field('administrator.displayName')}
              label={t('users.displayName')}
              autoComplete="off"
              required
              maxLength={255}
              value={draft.displayName}
              onChange={(event) => set('displayName', event.target.value)}
            />
          </div>
          <div className="col-md-6">
            <TextField
              {...field('administrator.password')}
              type="password"
              label={t('users.password')}
              hint={t('users.passwordHint')}
              autoComplete="new-password"
              required
              maxLength={200}
              value={draft.password}
              onChange={(event) => set('password', event.target.value)}
            />
          </div>
          <div className="col-md-6">
            <TextField
              {...field('administrator.email')}
              type="email"
              label={t('users.email')}
              hint={t('users.emailHint')}
              autoComplete="off"
              maxLength={254}
              value={draft.email}
              onChange={(event) => set('email', event.target.value)}
            />
          </div>
        </div>
      </fieldset>
      <Button type="submit" disabled={saving}>
        {saving ? t('common.saving') : t('organisations.create')}
      </Button>
    </form>
  );
}
