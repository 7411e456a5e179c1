import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
import { OrganisationSettings } from '@/features/organisations/components/organisation-settings';

const B = { code: 'ENTE-B', name: 'Ente B di prova', publicRead: false, publicReadSetting: false };
const references: MockRoute[] = [
  { path: /\/organisations\/ENTE-B\/structures\?/, body: { items: [{ id: 31, code: 'DIR-B', name: 'Direzione di B' }] } },
  { path: /\/organisations\/ENTE-B\/territorial-units\?/, body: { items: [] } },
  { path: /\/organisations\/ENTE-B\/members\?/, body: { items: [] } },
];

function sent(fetch: ReturnType<typeof mockApi>, method: string) {
  return fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method);
}

describe('OrganisationSettings', () => {
  it('shouldSaveNameAndPublicReadingAgainstTheVersionRead', async () => {
    const fetch = mockApi([
      { path: '/api/v1/organisations/ENTE-B', body: B, headers: { ETag: '"4"' } },
      { method: 'PUT', path: '/api/v1/organisations/ENTE-B', body: { ...B, publicRead: true, publicReadSetting: null }, headers: { ETag: '"5"' } },
      ...references,
    ]);
    renderWithProviders(<OrganisationSettings code="ENTE-B" />);
    const form = await screen.findByRole('form', { name: 'Nome e lettura pubblica' });
    expect(within(form).getByLabelText(/^Nome/)).toHaveValue('Ente B di prova');
    await userEvent.selectOptions(within(form).getByLabelText(/^Lettura pubblica/), "Come l'impostazione del servizio");
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Impostazioni salvate.')).toBeInTheDocument();
    const [put] = sent(fetch, 'PUT');
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toEqual({ name: 'Ente B di prova', publicRead: null });
  });

  it('shouldKeepWhatWasTypedWhenSomeoneSavedFirst', async () => {
    mockApi([
      { path: '/api/v1/organisations/ENTE-B', body: B, headers: { ETag: '"4"' } },
      { method: 'PUT', path: '/api/v1/organisations/ENTE-B', status: 412, body: { title: 'Versione superata', status: 412 } },
      ...references,
    ]);
    renderWithProviders(<OrganisationSettings code="ENTE-B" />);
    const form = await screen.findByRole('form', { name: 'Nome e lettura pubblica' });
    await userEvent.clear(within(form).getByLabelText(/^Nome/));
    await userEvent.type(within(form).getByLabelText(/^Nome/), 'Ente B rinominato');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText(/modificata da altri nel frattempo/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Nome/)).toHaveValue('Ente B rinominato');
  });

  it('shouldListTheStructuresAndAddOne', async () => {
    const fetch = mockApi([
      { path: '/api/v1/organisations/ENTE-B', body: B, headers: { ETag: '"4"' } },
      { method: 'POST', path: '/api/v1/organisations/ENTE-B/structures', status: 201, body: { id: 32, code: 'RPCT-B', name: 'RPCT di B' } },
      ...references,
    ]);
    renderWithProviders(<OrganisationSettings code="ENTE-B" />);
    expect(await screen.findByTestId('structures-DIR-B')).toHaveTextContent('Direzione di B');
    expect(screen.getByText('Nessuna unità territoriale.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Nuova struttura' });
    await userEvent.type(within(form).getByLabelText(/^Codice/), 'RPCT-B');
    await userEvent.type(within(form).getByLabelText(/^Nome/), 'RPCT di B');
    await userEvent.click(within(form).getByRole('button', { name: 'Aggiungi la struttura' }));
    expect(await screen.findByText('Struttura RPCT-B aggiunta.')).toBeInTheDocument();
    expect(await sent(fetch, 'POST')[0].json()).toEqual({ code: 'RPCT-B', name: 'RPCT di B' });
  });

  it('shouldShowADuplicateCodeBesideTheField', async () => {
    mockApi([
      { path: '/api/v1/organisations/ENTE-B', body: B, headers: { ETag: '"4"' } },
      {
        method: 'POST',
        path: '/api/v1/organisations/ENTE-B/territorial-units',
        status: 409,
        body: { title: 'Conflitto', status: 409, errors: [{ field: 'code', message: "Esiste già l'unità territoriale FI in ENTE-B" }] },
      },
      ...references,
    ]);
    renderWithProviders(<OrganisationSettings code="ENTE-B" />);
    const form = await screen.findByRole('form', { name: 'Nuova unità territoriale' });
    await userEvent.type(within(form).getByLabelText(/^Codice/), 'FI');
    await userEvent.type(within(form).getByLabelText(/^Nome/), 'Firenze');
    await userEvent.click(within(form).getByRole('button', { name: "Aggiungi l'unità territoriale" }));
    const code = within(form).getByLabelText(/^Codice/);
    await screen.findByRole('alert');
    expect(code).toHaveAccessibleDescription(/Esiste già l'unità territoriale FI/);
    expect(code).toHaveFocus();
  });
});
