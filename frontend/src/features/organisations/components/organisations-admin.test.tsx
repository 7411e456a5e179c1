import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
import { OrganisationsAdmin } from '@/features/organisations/components/organisations-admin';

const list: MockRoute = {
  path: /^\/api\/v1\/organisations\?/,
  body: {
    items: [
      { code: 'ARTI', name: "Agenzia Regionale Toscana per l'Impiego", publicRead: true, publicReadSetting: null },
      { code: 'ENTE-B', name: 'Ente B di prova', publicRead: false, publicReadSetting: false },
    ],
  },
};

// Pasted rather than typed key by key: the long values would take seconds on a busy machine.
async function enter(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}

async function fill(form: HTMLElement) {
  await userEvent.type(within(form).getByLabelText(/^Codice/), 'irpet');
  await enter(within(form).getByLabelText(/^Nome \*/), 'Istituto Regionale per la Programmazione Economica');
  await enter(within(form).getByLabelText(/^Nome utente/), 'l.bianchi');
  await enter(within(form).getByLabelText(/^Nome e cognome/), 'Laura Bianchi');
  await enter(within(form).getByLabelText(/^Password/), 'password-di-laura-2021');
}

describe('OrganisationsAdmin', () => {
  it('shouldListTheOrganisationsWithTheirPublicReading', async () => {
    mockApi([list]);
    renderWithProviders(<OrganisationsAdmin username="r.toscana" />);
    const arti = await screen.findByTestId('organisation-ARTI');
    expect(arti).toHaveTextContent('sì');
    expect(arti).toHaveTextContent('impostazione del servizio');
    expect(screen.getByTestId('organisation-ENTE-B')).toHaveTextContent('Ente B di prova');
    expect(screen.getByTestId('organisation-ENTE-B')).not.toHaveTextContent('impostazione del servizio');
  });

  it('shouldCreateAnOrganisationWithItsFirstAdministrator', async () => {
    const fetch = mockApi([
      list,
      { method: 'POST', path: '/api/v1/organisations', status: 201, body: { code: 'IRPET', name: 'IRPET', publicRead: false } },
    ]);
    renderWithProviders(<OrganisationsAdmin username="r.toscana" />);
    const form = await screen.findByRole('form', { name: 'Nuova organizzazione' });
    await fill(form);
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'organizzazione" }));
    expect(await screen.findByText("Organizzazione IRPET creata, con l'amministratore l.bianchi.")).toBeInTheDocument();
    const post = fetch.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({
      code: 'IRPET',
      name: 'Istituto Regionale per la Programmazione Economica',
      publicRead: false,
      administrator: { username: 'l.bianchi', displayName: 'Laura Bianchi', password: 'password-di-laura-2021' },
    });
    expect(within(form).getByLabelText(/^Codice/)).toHaveValue('');
  });

  it('shouldShowTheRefusalBesideTheAdministratorsUsername', async () => {
    mockApi([
      list,
      {
        method: 'POST',
        path: '/api/v1/organisations',
        status: 409,
        body: {
          title: 'Conflitto',
          status: 409,
          detail: "Esiste già l'utente l.bianchi",
          errors: [{ field: 'administrator.username', message: "Esiste già l'utente l.bianchi" }],
        },
      },
    ]);
    renderWithProviders(<OrganisationsAdmin username="r.toscana" />);
    const form = await screen.findByRole('form', { name: 'Nuova organizzazione' });
    await fill(form);
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'organizzazione" }));
    const username = within(form).getByLabelText(/^Nome utente/);
    await screen.findByRole('alert');
    expect(username).toHaveAccessibleDescription(/Esiste già l'utente l\.bianchi/);
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveFocus();
    // What was typed stays, to be corrected.
    expect(within(form).getByLabelText(/^Codice/)).toHaveValue('IRPET');
  });

  it('shouldCheckTheCodeBeforeSending', async () => {
    const fetch = mockApi([list]);
    renderWithProviders(<OrganisationsAdmin username="r.toscana" />);
    const form = await screen.findByRole('form', { name: 'Nuova organizzazione' });
    await fill(form);
    await userEvent.clear(within(form).getByLabelText(/^Codice/));
    await userEvent.type(within(form).getByLabelText(/^Codice/), '-X');
    await userEvent.click(within(form).getByRole('button', { name: "Crea l'organizzazione" }));
    expect(within(form).getByLabelText(/^Codice/)).toHaveAccessibleDescription(/Solo lettere maiuscole, cifre e -/);
    expect(fetch.mock.calls.map(([r]) => (r as Request).method)).not.toContain('POST');
  });
});
