import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
import { MembersSection } from '@/features/organisations/components/members-section';

const structures: MockRoute = {
  path: /\/organisations\/ENTE-B\/structures\?/,
  body: { items: [{ id: 31, code: 'DIR-B', name: 'Direzione di B' }, { id: 32, code: 'RPCT-B', name: 'RPCT di B' }] },
};
const rossi = { username: 'm.rossi', displayName: 'Maria Rossi', homeOrganisation: 'ARTI', role: 'EDITOR', structures: ['DIR-B'], version: 0 };
const members = (...items: object[]): MockRoute => ({ path: /\/organisations\/ENTE-B\/members\?/, body: { items } });

function sent(fetch: ReturnType<typeof mockApi>, method: string) {
  return fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method);
}

describe('MembersSection', () => {
  it('shouldListEachMemberWithTheirOwnOrganisationRoleAndStructuresHere', async () => {
    mockApi([structures, members(rossi)]);
    renderWithProviders(<MembersSection organisationCode="ENTE-B" />);
    const row = await screen.findByTestId('member-m.rossi');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('m.rossiMaria Rossi');
    expect(row).toHaveTextContent('ARTI');
    expect(row).toHaveTextContent('Redattore');
    expect(row).toHaveTextContent('Direzione di B');
  });

  it('shouldAddAPersonByUsernameAsAnEditorOfTheStructuresChosen', async () => {
    const fetch = mockApi([
      structures,
      members(),
      { method: 'PUT', path: '/api/v1/organisations/ENTE-B/members/m.rossi', status: 201, body: rossi },
    ]);
    renderWithProviders(<MembersSection organisationCode="ENTE-B" />);
    expect(await screen.findByText('Nessuna persona di altre organizzazioni.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Aggiungi una persona' });
    // No role of the Region among those offered: it is given only at home.
    expect(within(form).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Amministratore',
      'Redattore',
      'Lettore',
      'OIV',
    ]);
    await userEvent.type(within(form).getByLabelText(/^Nome utente/), ' m.rossi ');
    await userEvent.selectOptions(within(form).getByLabelText(/^Ruolo/), 'Redattore');
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi la persona' }));
    const group = within(form).getByRole('group', { name: 'Strutture responsabili' });
    expect(group).toHaveAccessibleDescription(/Scegli almeno una struttura/);
    expect(within(group).getByLabelText('Direzione di B')).toHaveFocus();
    await userEvent.click(within(group).getByLabelText('Direzione di B'));
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi la persona' }));

    expect(await screen.findByText('m.rossi aggiunto a questa organizzazione.')).toBeInTheDocument();
    expect(await sent(fetch, 'PUT')[0].json()).toEqual({ role: 'EDITOR', structures: ['DIR-B'] });
  });

  it('shouldShowTheBackendsRefusalBesideTheUsername', async () => {
    mockApi([
      structures,
      members(),
      {
        method: 'PUT',
        path: '/api/v1/organisations/ENTE-B/members/ignoto',
        status: 404,
        body: { title: 'Non trovato', status: 404, errors: [{ field: 'username', message: 'utente sconosciuto: ignoto' }] },
      },
    ]);
    renderWithProviders(<MembersSection organisationCode="ENTE-B" />);
    const form = await screen.findByRole('form', { name: 'Aggiungi una persona' });
    await userEvent.type(within(form).getByLabelText(/^Nome utente/), 'ignoto');
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi la persona' }));
    const username = within(form).getByLabelText(/^Nome utente/);
    await waitFor(() => expect(username).toHaveFocus());
    expect(username).toHaveAccessibleDescription(/utente sconosciuto: ignoto/);
  });

  it('shouldChangeAMembersRoleAndReturnTheFocusToTheirRow', async () => {
    const fetch = mockApi([
      structures,
      members(rossi),
      { method: 'PUT', path: '/api/v1/organisations/ENTE-B/members/m.rossi', body: { ...rossi, role: 'VIEWER', structures: [] } },
    ]);
    renderWithProviders(<MembersSection organisationCode="ENTE-B" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Modifica m.rossi' }));
    const form = screen.getByRole('form', { name: 'Modifica di m.rossi' });
    expect(within(form).getByLabelText(/^Nome utente/)).toHaveAttribute('readonly');
    await userEvent.selectOptions(within(form).getByLabelText(/^Ruolo/), 'Lettore');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Ruolo di m.rossi salvato.')).toBeInTheDocument();
    expect(await sent(fetch, 'PUT')[0].json()).toEqual({ role: 'VIEWER', structures: [] });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Modifica m.rossi' })).toHaveFocus());
  });

  it('shouldRemoveAMemberAfterConfirming', async () => {
    const fetch = mockApi([structures, members(rossi), { method: 'DELETE', path: '/api/v1/organisations/ENTE-B/members/m.rossi', status: 204 }]);
    renderWithProviders(<MembersSection organisationCode="ENTE-B" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rimuovi m.rossi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rimuovere la persona?' });
    expect(dialog).toHaveTextContent('torna alla propria');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rimuovi' }));
    expect(await screen.findByText('m.rossi rimosso da questa organizzazione.')).toBeInTheDocument();
    expect(sent(fetch, 'DELETE')).toHaveLength(1);
  });
});
