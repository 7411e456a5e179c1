import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import type { Organisation, Problem } from '@/types/api';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useUpdateOrganisation } from '@/features/organisations/api/update-organisation';
import { MembersSection } from '@/features/organisations/components/members-section';
import { PublicReading } from '@/features/organisations/components/public-reading';
import { ReferencesSection } from '@/features/organisations/components/references-section';
import {
  PUBLIC_READ_CHOICES,
  settingsDraftOf,
  settingsInputOf,
  validateSettings,
  type SettingsDraft,
} from '@/features/organisations/utils/organisation-draft';

/**
 * For an organisation's administrators: its name, whether it reads publicly, its structures and territorial units,
 * and the people of other organisations who act in it.
 */
export function OrganisationSettings({ code }: { code: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(code);

  if (organisation.isError) return <QueryError error={organisation.error} onRetry={() => void organisation.refetch()} />;
  if (!organisation.data) return <Spinner label={t('common.loading')} />;
  return (
    <>
      <h1>{t('organisations.settingsTitle')}</h1>
      <p className="lead">{t('organisations.settingsIntro', { code })}</p>
      <SettingsForm code={code} organisation={organisation.data.data} etag={organisation.data.etag} />
      <ReferencesSection kind="structures" organisationCode={code} />
      <ReferencesSection kind="territorial-units" organisationCode={code} />
      <MembersSection organisationCode={code} />
    </>
  );
}

type FormProps = { code: string; organisation: Organisation; etag: string | null };

/**
 * Name and public reading, saved against the version read (If-Match). When someone saved first (412) the form keeps
 * what was typed, says what is saved now, and the next save applies to that version.
 */
function SettingsForm({ code, organisation, etag }: FormProps) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraftOf(organisation));
  const [errors, setErrors] = useState<Partial<Record<keyof SettingsDraft, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stale, setStale] = useState(false);
  const [message, setMessage] = useState('');

  async function submit() {
    setProblem(null);
    setMessage('');
    const issues = validateSettings(draft);
    const messages = Object.fromEntries(Object.entries(issues).map(([f, issue]) => [f, t(issue.key, issue.values)]));
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      document.getElementById('organisation-name')?.focus();
      return;
    }
    try {
      await update.mutateAsync({ code, etag, input: settingsInputOf(draft) });
      setStale(false);
      setMessage(t('organisations.saved'));
    } catch (error) {
      if (isApiError(error) && error.isStale) {
        setStale(true);
      } else if (isApiError(error)) {
        setErrors(error.fieldErrors);
        setProblem(error.problem);
      } else {
        setProblem({ title: String(error) });
      }
    }
  }

  return (
    <section aria-labelledby="organisation-settings-title" className="mb-5">
      <h2 id="organisation-settings-title" className="h3">
        {t('organisations.settingsForm')}
      </h2>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      {stale ? (
        <Alert tone="warning" role="alert">
          <p className="fw-semibold mb-1">{t('organisations.stale')}</p>
          <p className="mb-0">
            {t('organisations.staleNow', { name: organisation.name })} <PublicReading organisation={organisation} />
          </p>
        </Alert>
      ) : null}
      <ProblemAlert problem={problem} formFields={['name', 'publicRead']} />
      <form
        noValidate
        aria-labelledby="organisation-settings-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="row">
          <div className="col-md-8">
            <TextField
              id="organisation-name"
              label={t('organisations.name')}
              required
              maxLength={255}
              value={draft.name}
              error={errors.name}
              onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
            />
          </div>
          <div className="col-md-8">
            <SelectField
              id="organisation-publicRead"
              label={t('organisations.publicRead')}
              hint={t('organisations.publicReadHint')}
              value={draft.publicRead}
              error={errors.publicRead}
              options={PUBLIC_READ_CHOICES.map((choice) => ({ value: choice, label: t(`organisations.publicReadChoice.${choice}`) }))}
              onChange={(event) =>
                setDraft((current) => ({ ...current, publicRead: event.target.value as SettingsDraft['publicRead'] }))
              }
            />
          </div>
        </div>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </form>
    </section>
  );
}
