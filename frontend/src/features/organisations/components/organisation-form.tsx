import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
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
  const [draft, setDraft] = useState<OrganisationDraft>(EMPTY_ORGANISATION);
  const [errors, setErrors] = useState<Partial<Record<OrganisationField, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  function set<K extends keyof OrganisationDraft>(field: K, value: OrganisationDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function focusFirst(fields: Partial<Record<OrganisationField, string>>) {
    const first = FIELDS.find((field) => fields[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  }

  async function submit() {
    setProblem(null);
    const issues = validateOrganisation(draft);
    const messages = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, t(issue.key, issue.values)]),
    ) as Partial<Record<OrganisationField, string>>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      focusFirst(messages);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(draft);
      setDraft(EMPTY_ORGANISATION);
    } catch (error) {
      if (isApiError(error)) {
        const byField = error.fieldErrors as Partial<Record<OrganisationField, string>>;
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
