import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequirePermission } from '@/components/require-permission';
import { anonymous, mockApi, renderWithProviders, signedIn } from '@/testing/test-utils';

function renderUsersPage() {
  const { router } = renderWithProviders(
    <RequirePermission action="users:manage">
      <h1>Utenti</h1>
    </RequirePermission>,
    { path: '/amministrazione/utenti', route: '/amministrazione/utenti', otherRoutes: [{ path: '/accesso', element: <h1>Accedi</h1> }] },
  );
  return router;
}

describe('RequirePermission', () => {
  it('shouldShowThePageToAnAdministrator', async () => {
    mockApi([signedIn({ username: 'admin', role: 'ADMINISTRATOR', kind: 'USER' })]);
    renderUsersPage();
    expect(await screen.findByRole('heading', { name: 'Utenti' })).toBeInTheDocument();
  });

  it('shouldSendAnAnonymousVisitorToSignInAndBack', async () => {
    mockApi([anonymous()]);
    const router = renderUsersPage();
    expect(await screen.findByRole('heading', { name: 'Accedi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accesso');
    expect(router.state.location.search).toBe('?da=%2Famministrazione%2Futenti');
  });

  it('shouldTellAnEditorThePageIsNotTheirs', async () => {
    mockApi([signedIn({ username: 'r.bianchi', role: 'EDITOR', kind: 'USER', structures: ['RPCT'] })]);
    renderUsersPage();
    expect(await screen.findByText('Questa pagina è riservata agli amministratori.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Utenti' })).not.toBeInTheDocument();
  });
});
