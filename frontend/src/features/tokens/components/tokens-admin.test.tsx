import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import { mockApi, renderWithProviders, signedIn, type MockRoute } from '@/testing/test-utils';

const admin = signedIn({ username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [], organisation: { code: 'ARTI', name: 'ARTI' } });
import { TokensAdmin } from '@/features/tokens/components/tokens-admin';

const plans: MockRoute = { path: /\/api\/v1\/plans\?limit=1$/, body: { items: [{ id: 1, year: 2021 }] } };
const report: MockRoute = { path: /\/api\/v1\/plans\/1\/report$/, body: report2021 };
const listed = {
  id: 4,
  name: 'sistema colloqui',
  prefix: 'pm_Xa3fQ',
  scopes: ['counts:write'],
  indicatorIds: [7],
  expiresAt: '2027-07-01T00:00:00Z',
  lastUsedAt: '2026-11-20T09:15:00Z',
  createdBy: 'admin',
  createdAt: '2026-11-01T10:00:00Z',
};
const tokens: MockRoute = { path: /\/api\/v1\/tokens\?/, body: { items: [listed] } };

function sent(fetch: ReturnType<typeof mockApi>, method: string) {
  return fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method);
}

describe('TokensAdmin', () => {
  it('shouldListPrefixScopesExpiryAndLastUse', async () => {
    mockApi([admin, tokens, plans, report]);
    renderWithProviders(<TokensAdmin />);
    const row = await screen.findByTestId('token-4');
    expect(row).toHaveTextContent('pm_Xa3fQ…');
    expect(row).toHaveTextContent('counts:write');
    expect(row).toHaveTextContent('1 indicatore');
    expect(row).toHaveTextContent('30/06/2027');
    expect(row).toHaveTextContent('20/11/2026, 10:15');
    expect(row).toHaveTextContent('attivo');
  });

  it('shouldShowANewTokenOnceWithACopyButtonAndAWarning', async () => {
    const secret = 'pm_Xa3fQ-segreto-mostrato-una-volta';
    const fetch = mockApi([
      admin,
      tokens,
      plans,
      report,
      { method: 'POST', path: '/api/v1/tokens', status: 201, body: { ...listed, id: 5, name: 'cruscotto regionale', token: secret } },
    ]);
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithProviders(<TokensAdmin />);

    const form = await screen.findByRole('form', { name: 'Nuovo token' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Nome' }), 'cruscotto regionale');
    await userEvent.click(within(form).getByLabelText(/^counts:write/));
    await userEvent.click(within(form).getByRole('button', { name: 'Crea il token' }));
    expect(within(form).getByRole('group', { name: 'Indicatori' })).toHaveAccessibleDescription(
      /Scegli almeno un indicatore per counts:write/,
    );
    await userEvent.click(within(form).getByLabelText(/^Obiettivo 1\.5, indicatore 2:/));
    await userEvent.click(within(form).getByRole('button', { name: 'Crea il token' }));

    const created = await screen.findByTestId('created-token');
    expect(within(created).getByRole('heading', { name: 'Token «cruscotto regionale» creato' })).toHaveFocus();
    expect(created).toHaveTextContent('non sarà più mostrato');
    expect(within(created).getByLabelText('Token')).toHaveValue(secret);
    await userEvent.click(within(created).getByRole('button', { name: 'Copia il token' }));
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(within(created).getByRole('status')).toHaveTextContent('Token copiato negli appunti.');

    const body = await sent(fetch, 'POST')[0].json();
    expect(body).toMatchObject({ name: 'cruscotto regionale', scopes: ['counts:write'], indicatorIds: [7] });

    await userEvent.click(within(created).getByRole('button', { name: 'Ho conservato il token' }));
    expect(screen.queryByTestId('created-token')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
  });

  it('shouldRevokeAfterConfirming', async () => {
    const fetch = mockApi([admin, tokens, plans, report, { method: 'DELETE', path: '/api/v1/tokens/4', status: 204 }]);
    renderWithProviders(<TokensAdmin />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoca sistema colloqui' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Revocare il token?' })).getByRole('button', { name: 'Revoca il token' }));
    expect(await screen.findByText('Token «sistema colloqui» revocato.')).toBeInTheDocument();
    await waitFor(() => expect(sent(fetch, 'DELETE')).toHaveLength(1));
  });

  it('shouldTellARevokedTokenAndOfferNoRevocation', async () => {
    mockApi([admin, { ...tokens, body: { items: [{ ...listed, revokedAt: '2026-11-25T16:00:00Z' }] } }, plans, report]);
    renderWithProviders(<TokensAdmin />);
    const row = await screen.findByTestId('token-4');
    expect(row).toHaveTextContent('revocato il 25/11/2026');
    expect(within(row).queryByRole('button', { name: /Revoca/ })).not.toBeInTheDocument();
  });

  describe('for a person of the Region', () => {
    const region = signedIn({
      username: 'r.toscana',
      kind: 'USER',
      role: 'REGIONAL',
      structures: [],
      organisation: { code: 'ARTI', name: 'ARTI' },
    });
    const theirs = { ...listed, id: 9, name: 'cruscotto regionale', scopes: ['values:read'], indicatorIds: [], allOrganisations: true };

    it('shouldListATokenThatReadsEveryOrganisationAsSuch', async () => {
      mockApi([region, { ...tokens, body: { items: [theirs, { ...theirs, id: 10, name: 'solo ARTI', allOrganisations: false }] } }]);
      renderWithProviders(<TokensAdmin />);
      expect(await screen.findByTestId('token-9')).toHaveTextContent('values:readtutte le organizzazioni');
      expect(screen.getByTestId('token-10')).not.toHaveTextContent('tutte le organizzazioni');
    });

    it('shouldOfferValuesReadOnlyAndAskForAllOrganisationsWithAnExplainedCheckbox', async () => {
      const fetch = mockApi([
        region,
        tokens,
        { method: 'POST', path: '/api/v1/tokens', status: 201, body: { ...theirs, token: 'pm_regione-segreto' } },
      ]);
      renderWithProviders(<TokensAdmin />);

      const form = await screen.findByRole('form', { name: 'Nuovo token' });
      expect(within(form).queryByLabelText(/^counts:write/)).not.toBeInTheDocument();
      expect(within(form).getByLabelText(/^values:read/)).toBeChecked();
      const everyOrganisation = within(form).getByRole('checkbox', { name: 'Per tutte le organizzazioni' });
      expect(everyOrganisation).not.toBeChecked();
      expect(everyOrganisation).toHaveAccessibleDescription(/legge i valori di ogni organizzazione.*non solo di ARTI/);

      await userEvent.type(within(form).getByRole('textbox', { name: 'Nome' }), 'cruscotto regionale');
      everyOrganisation.focus();
      await userEvent.keyboard(' ');
      expect(everyOrganisation).toBeChecked();
      await userEvent.click(within(form).getByRole('button', { name: 'Crea il token' }));

      expect(await screen.findByTestId('created-token')).toBeInTheDocument();
      expect(await sent(fetch, 'POST')[0].json()).toMatchObject({
        name: 'cruscotto regionale',
        scopes: ['values:read'],
        allOrganisations: true,
      });
      // No counts:write token can be made: the plan's ratio indicators are not read.
      expect(fetch.mock.calls.map(([r]) => (r as Request).url).some((url) => url.includes('/plans'))).toBe(false);
    });

    it('shouldShowTheBackendsRefusalBesideTheCheckbox', async () => {
      mockApi([
        region,
        tokens,
        {
          method: 'POST',
          path: '/api/v1/tokens',
          status: 400,
          body: {
            title: 'Richiesta non valida',
            status: 400,
            errors: [{ field: 'allOrganisations', message: 'solo chi opera per la Regione crea token per tutte le organizzazioni' }],
          },
        },
      ]);
      renderWithProviders(<TokensAdmin />);
      const form = await screen.findByRole('form', { name: 'Nuovo token' });
      await userEvent.type(within(form).getByRole('textbox', { name: 'Nome' }), 'cruscotto regionale');
      await userEvent.click(within(form).getByRole('checkbox', { name: 'Per tutte le organizzazioni' }));
      await userEvent.click(within(form).getByRole('button', { name: 'Crea il token' }));
      const checkbox = within(form).getByRole('checkbox', { name: 'Per tutte le organizzazioni' });
      await waitFor(() => expect(checkbox).toHaveFocus());
      expect(checkbox).toHaveAccessibleDescription(/solo chi opera per la Regione crea token per tutte le organizzazioni/);
      expect(checkbox).toBeInvalid();
    });
  });
});
