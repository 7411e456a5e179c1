import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { isApiError } from '@/lib/api-client';
import { useLogin } from '@/lib/auth';
import type { Me } from '@/types/api';

type Refusal = { title: string; detail?: string };

/** Username and password; the backend's refusal (wrong credentials, too many attempts) shown above the fields. */
export function LoginForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  function waitText(seconds: number) {
    return seconds < 60
      ? t('login.waitSeconds', { count: seconds })
      : t('login.waitMinutes', { count: Math.ceil(seconds / 60) });
  }

  function refusalOf(error: unknown): Refusal {
    if (!isApiError(error)) return { title: t('login.failed'), detail: String(error) };
    if (error.status === 429) {
      return {
        title: error.problem.title ?? t('login.tooMany'),
        detail: error.retryAfter != null ? waitText(error.retryAfter) : error.problem.detail,
      };
    }
    // The backend's 401 title speaks of access being required; here the attempt itself failed.
    if (error.status === 401) return { title: t('login.failed'), detail: error.problem.detail };
    return { title: error.problem.title ?? t('login.failed'), detail: error.problem.detail };
  }

  async function submit() {
    setRefusal(null);
    const missing = {
      username: username.trim() ? undefined : t('validation.required'),
      password: password ? undefined : t('validation.required'),
    };
    setErrors(missing);
    if (missing.username || missing.password) {
      document.getElementById(missing.username ? 'login-username' : 'login-password')?.focus();
      return;
    }
    try {
      onSignedIn(await login.mutateAsync({ username: username.trim(), password }));
    } catch (error) {
      setRefusal(refusalOf(error));
      setPassword('');
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="login-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {refusal ? (
        <Alert tone="danger" role="alert">
          <p className="fw-semibold mb-1">{refusal.title}</p>
          {refusal.detail ? <p className="mb-0">{refusal.detail}</p> : null}
        </Alert>
      ) : null}
      <TextField
        id="login-username"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        error={errors.username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        id="login-password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        value={password}
        error={errors.password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
