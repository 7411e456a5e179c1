import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { isApiError, problemOf, type Versioned } from '@/lib/api-client';
import type { Preferences, Problem } from '@/types/api';
import { usePreferences, useSavePreferences } from '@/features/collection/api/preferences';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields start from what was read; after a save they keep what was typed, and the next save names the new version. */
function PreferencesForm({ current }: { current: Versioned<Preferences> }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [email, setEmail] = useState(current.data.email ?? '');
  const [enabled, setEnabled] = useState(current.data.remindersEnabled ?? true);
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');
  const focusEmail = () => document.getElementById('preferences-email')?.focus();
  const stored = current.data;
  const standing = !stored.email
    ? t('preferences.noAddress')
    : stored.remindersEnabled === false
      ? t('preferences.off', { email: stored.email })
      : t('preferences.on', { email: stored.email });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    setProblem(null);
    const address = email.trim();
    if (address.length > 254 || (address !== '' && !EMAIL.test(address))) {
      setError(t(address.length > 254 ? 'validation.tooLong' : 'validation.email', { max: 254 }));
      focusEmail();
      return;
    }
    setError(undefined);
    save
      .mutateAsync({ input: { email: address || null, remindersEnabled: enabled }, etag: current.etag })
      .then(() => setSaved(t('preferences.saved')))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure) && failure.fieldErrors.email) {
          setError(failure.fieldErrors.email);
          focusEmail();
        }
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="preferences-title">
      <p data-testid="preferences-standing">{standing}</p>
      <ProblemAlert problem={problem} formFields={['email']} />
      <TextField
        id="preferences-email"
        type="email"
        autoComplete="email"
        label={t('preferences.email')}
        hint={t('preferences.emailHint')}
        maxLength={254}
        value={email}
        error={error}
        onChange={(event) => setEmail(event.target.value)}
      />
      <div className="form-check mb-3">
        <input
          className="form-check-input"
          type="checkbox"
          id="preferences-enabled"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <label className="form-check-label" htmlFor="preferences-enabled">
          {t('preferences.enabled')}
        </label>
      </div>
      <div role="status" className={saved ? 'alert alert-success' : undefined}>
        {saved}
      </div>
      <Button type="submit" outline disabled={save.isPending}>
        {t('preferences.save')}
      </Button>
    </form>
  );
}

/** Where the signed-in person's reminders go, and turning them off or on; absent for those without a local account. */
export function ReminderPreferences() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  if (preferences.data === null) return null;
  return (
    <section aria-labelledby="preferences-title" className="card-bg rounded shadow-sm p-4 mb-5">
      <h2 id="preferences-title" className="h4">
        {t('preferences.title')}
      </h2>
      {preferences.isError ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : !preferences.data ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <PreferencesForm current={preferences.data} />
      )}
    </section>
  );
}
