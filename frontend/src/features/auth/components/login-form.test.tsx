import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Me } from '@/types/api';
import { LoginForm } from '@/features/auth/components/login-form';

const admin: Me = { username: 'admin', displayName: 'Amministratore', kind: 'USER', role: 'ADMINISTRATOR', structures: [], csrfToken: 'csrf-1' };

async function signIn(username: string, password: string) {
  await userEvent.type(await screen.findByLabelText(/^Nome utente/), username);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('LoginForm', () => {
  it('shouldSignInAndHandTheUserOver', async () => {
    const fetch = mockApi([{ method: 'POST', path: '/api/v1/auth/login', body: admin }]);
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);
    await signIn(' admin ', 'e2e-password-2021');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(admin));
    expect(await (fetch.mock.calls[0][0] as Request).json()).toEqual({ username: 'admin', password: 'e2e-password-2021' });
  });

  it('shouldSayTheCredentialsAreWrongAndClearThePassword', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        status: 401,
        body: { title: 'Accesso richiesto', status: 401, detail: 'Nome utente o password non corretti' },
      },
    ]);
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);
    await signIn('admin', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Accesso non riuscito');
    expect(alert).toHaveTextContent('Nome utente o password non corretti');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it('shouldSayHowLongToWaitAfterTooManyAttempts', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        status: 429,
        body: { title: 'Troppi tentativi', status: 429, detail: 'riprovare tra 840 secondi' },
        headers: { 'Retry-After': '840' },
      },
    ]);
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);
    await signIn('admin', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Troppi tentativi');
    expect(alert).toHaveTextContent('Potrai riprovare tra 14 minuti.');
  });

  it('shouldSayTheSecondsWhenTheWaitIsShort', async () => {
    mockApi([
      { method: 'POST', path: '/api/v1/auth/login', status: 429, body: { title: 'Troppi tentativi', status: 429 }, headers: { 'Retry-After': '1' } },
    ]);
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />, { language: 'en' });
    await userEvent.type(await screen.findByLabelText(/^Username/), 'admin');
    await userEvent.type(screen.getByLabelText(/^Password/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can try again in 1 second.');
  });

  it('shouldAskForBothFieldsBeforeSending', async () => {
    const fetch = mockApi([]);
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Accedi' }));
    expect(screen.getByLabelText(/^Nome utente/)).toHaveAccessibleDescription('Campo obbligatorio');
    expect(screen.getByLabelText(/^Nome utente/)).toHaveFocus();
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Campo obbligatorio');
    expect(fetch).not.toHaveBeenCalled();
  });
});
