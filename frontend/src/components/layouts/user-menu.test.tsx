import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UserMenu } from '@/components/layouts/user-menu';
import { anonymous, mockApi, renderWithProviders, signedIn } from '@/testing/test-utils';
import type { Me } from '@/types/api';

const editor: Me = { username: 'r.bianchi', displayName: 'Rita Bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'], csrfToken: 'csrf-9' };

describe('UserMenu', () => {
  it('shouldOfferAnonymousVisitorsToSignInAndComeBack', async () => {
    mockApi([anonymous()]);
    renderWithProviders(<UserMenu />, { path: '/obiettivi/7?periodo=1' });
    expect(await screen.findByRole('link', { name: 'Accedi' })).toHaveAttribute(
      'href',
      '/accesso?da=%2Fobiettivi%2F7%3Fperiodo%3D1',
    );
  });

  it('shouldShowTheNameAndOpenToTheRoleAndStructures', async () => {
    mockApi([signedIn(editor)]);
    renderWithProviders(<UserMenu />);
    const toggle = await screen.findByRole('button', { name: 'Menu di Rita Bianchi' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Ruolo: Redattore')).not.toBeVisible();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Ruolo: Redattore')).toBeVisible();
    expect(screen.getByText('Strutture: RPCT')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('shouldSignOutWithTheSessionsCsrfTokenAndOfferToSignInAgain', async () => {
    const fetch = mockApi([signedIn(editor), { method: 'POST', path: '/api/v1/auth/logout', status: 204 }]);
    renderWithProviders(<UserMenu />);
    await userEvent.click(await screen.findByRole('button', { name: 'Menu di Rita Bianchi' }));
    await userEvent.click(screen.getByRole('button', { name: 'Esci' }));
    expect(await screen.findByRole('link', { name: 'Accedi' })).toBeInTheDocument();
    const logout = fetch.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST');
    expect(logout?.headers.get('Csrf-Token')).toBe('csrf-9');
    await waitFor(() => expect(screen.queryByText('Rita Bianchi')).not.toBeInTheDocument());
  });
});
