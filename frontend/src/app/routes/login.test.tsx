import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anonymous, mockApi, renderWithProviders } from '@/testing/test-utils';
import { LoginRoute } from '@/app/routes/login';

const startOidcSignIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('@/lib/oidc', () => ({ startOidcSignIn, endOidcSession: vi.fn(), restoreOidcSession: vi.fn() }));

const oidc = { oidc: true, issuer: 'http://localhost:8180/realms/perfmon', clientId: 'perfmon-web' };

function renderLogin(config: unknown) {
  mockApi([anonymous(), { path: '/api/v1/auth/config', body: config }]);
  renderWithProviders(<LoginRoute />, { path: '/accesso?da=%2Famministrazione', route: '/accesso' });
}

describe('LoginRoute', () => {
  it('shouldShowTheLoginFormWhenTheBackendSignsPeopleInItself', async () => {
    renderLogin({ oidc: false });
    expect(await screen.findByLabelText(/Nome utente/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Accedi con le credenziali dell'ente" })).not.toBeInTheDocument();
  });

  it('shouldSendPeopleToTheProviderInOidcModeAndBackToWhereTheyCameFrom', async () => {
    renderLogin(oidc);
    await userEvent.click(await screen.findByRole('button', { name: "Accedi con le credenziali dell'ente" }));
    expect(startOidcSignIn).toHaveBeenCalledWith(oidc, '/amministrazione');
    expect(screen.queryByLabelText(/Nome utente/)).not.toBeInTheDocument();
  });
});
