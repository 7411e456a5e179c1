import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
import { UsersAdmin } from '@/features/users/components/users-admin';

const structures: MockRoute = {
  path: /\/api\/v1\/organisations\/ARTI\/structures/,
  body: {
    items: [
      { id: 1, code: 'DIREZIONE', name: 'Direzione', shortName: 'Direzione' },
      { id: 2, code: 'RPCT', name: 'Responsabile Prevenzione Corruzione e Trasparenza (RPCT)', shortName: 'RPCT' },
    ],
  },
};
const users: MockRoute = {
  path: /\/api\/v1\/users\?/,
  body: {
    items: [
      { id: 1, username: 'admin', displayName: 'Amministratore', role: 'ADMINISTRATOR', structures: [], active: true, version: 0 },
      { id: 2, username: 'r.bianchi', displayName: 'Rita Bianchi', role: 'EDITOR', structures: ['RPCT'], active: true, version: 3 },
    ],
  },
};

function sent(fetch: ReturnType<typeof mockApi>, method: string) {
  return fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method);
}

describe('UsersAdmin', () => {
  it('shouldListTheAccountsWithTheirRolesAndStructures', async () => {
    mockApi([users, structures]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    const row = await screen.findByTestId('user-r.bianchi');
    expect(row).toHaveTextContent('Redattore');
    expect(row).toHaveTextContent('RPCT');
    expect(row).toHaveTextContent('attivo');
    const mine = screen.getByTestId('user-admin');
    expect(mine).toHaveTextContent('(tu)');
    expect(within(mine).queryByRole('button', { name: /Elimina/ })).not.toBeInTheDocument();
  });

  it('shouldCreateAnEditorBoundToTheChosenStructure', async () => {
    const fetch = mockApi([
      users,
      structures,
      { method: 'POST', path: '/api/v1/users', status: 201, body: { id: 3, username: 'd.verdi' } },
    ]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    const form = await screen.findByRole('form', { name: 'Nuovo utente' });
    await userEvent.type(within(form).getByLabelText(/^Nome utente/), 'd.verdi');
    await userEvent.type(within(form).getByLabelText(/^Nome e cognome/), 'Dario Verdi');
    await userEvent.type(within(form).getByLabelText(/^Password/), 'password-di-dario');
    await userEvent.selectOptions(within(form).getByLabelText(/^Ruolo/), 'Redattore');
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'utente" }));
    expect(within(form).getByRole('group', { name: 'Strutture responsabili' })).toHaveAccessibleDescription(
      /Scegli almeno una struttura per un redattore/,
    );
    expect(sent(fetch, 'POST')).toHaveLength(0);

    await userEvent.click(within(form).getByLabelText('Direzione'));
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'utente" }));
    expect(await screen.findByText('Utente d.verdi creato.')).toBeInTheDocument();
    expect(await sent(fetch, 'POST')[0].json()).toEqual({
      username: 'd.verdi',
      displayName: 'Dario Verdi',
      password: 'password-di-dario',
      role: 'EDITOR',
      structures: ['DIREZIONE'],
      active: true,
    });
  });

  it('shouldShowTheBackendsRefusalByTheField', async () => {
    mockApi([
      users,
      structures,
      {
        method: 'POST',
        path: '/api/v1/users',
        status: 409,
        body: { title: 'Conflitto', status: 409, detail: 'Esiste già l\'utente r.bianchi', errors: [{ field: 'username', message: 'già in uso' }] },
      },
    ]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    const form = await screen.findByRole('form', { name: 'Nuovo utente' });
    await userEvent.type(within(form).getByLabelText(/^Nome utente/), 'r.bianchi');
    await userEvent.type(within(form).getByLabelText(/^Nome e cognome/), 'Rita Bianchi');
    await userEvent.type(within(form).getByLabelText(/^Password/), 'password-di-rita');
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'utente" }));
    const field = within(form).getByLabelText(/^Nome utente/);
    await waitFor(() => expect(field).toHaveAccessibleDescription(/già in uso/));
    expect(field).toHaveFocus();
    expect(within(form).getByRole('alert')).toHaveTextContent("Esiste già l'utente r.bianchi");
  });

  it('shouldChangeTheRoleWithTheVersionReadAndKeepThePasswordLeftEmpty', async () => {
    const fetch = mockApi([users, structures, { method: 'PUT', path: '/api/v1/users/2', body: { id: 2, version: 4 } }]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifica r.bianchi' }));
    const form = screen.getByRole('form', { name: "Modifica l'utente r.bianchi" });
    expect(screen.getByRole('heading', { name: "Modifica l'utente r.bianchi" })).toHaveFocus();
    await userEvent.selectOptions(within(form).getByLabelText(/^Ruolo/), 'Lettore');
    await userEvent.click(within(form).getByLabelText('Account attivo'));
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Utente r.bianchi salvato.')).toBeInTheDocument();
    const [put] = sent(fetch, 'PUT');
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      username: 'r.bianchi',
      displayName: 'Rita Bianchi',
      role: 'VIEWER',
      structures: [],
      active: false,
    });
  });

  it('shouldResetThePassword', async () => {
    const fetch = mockApi([users, structures, { method: 'PUT', path: '/api/v1/users/2', body: { id: 2, version: 4 } }]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifica r.bianchi' }));
    const form = screen.getByRole('form', { name: "Modifica l'utente r.bianchi" });
    await userEvent.type(within(form).getByLabelText('Nuova password'), 'nuova-password-di-rita');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    await screen.findByText('Utente r.bianchi salvato.');
    expect((await sent(fetch, 'PUT')[0].json()).password).toBe('nuova-password-di-rita');
  });

  it('shouldOfferTheRegionalRoleAndShowWhyTheBackendRefusesIt', async () => {
    const fetch = mockApi([
      users,
      structures,
      {
        method: 'POST',
        path: '/api/v1/users',
        status: 400,
        body: {
          title: 'Richiesta non valida',
          status: 400,
          errors: [{ field: 'role', message: "il ruolo REGIONAL si dà solo nell'organizzazione che ospita il servizio" }],
        },
      },
    ]);
    renderWithProviders(<UsersAdmin currentUsername="admin" organisationCode="ARTI" />);
    const form = await screen.findByRole('form', { name: 'Nuovo utente' });
    await userEvent.type(within(form).getByLabelText(/^Nome utente/), 'r.toscana');
    await userEvent.type(within(form).getByLabelText(/^Nome e cognome/), 'Regione Toscana');
    await userEvent.type(within(form).getByLabelText(/^Password/), 'password-della-regione');
    await userEvent.selectOptions(within(form).getByLabelText(/^Ruolo/), 'Regione (lettura di tutti gli enti)');
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'utente" }));
    const role = within(form).getByLabelText(/^Ruolo/);
    await waitFor(() => expect(role).toHaveAccessibleDescription(/il ruolo REGIONAL si dà solo/));
    expect(role).toHaveFocus();
    expect((await sent(fetch, 'POST')[0].json()).role).toBe('REGIONAL');
  });
});
