import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
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
    mockApi([tokens, plans, report]);
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
    const fetch = mockApi([tokens, plans, report, { method: 'DELETE', path: '/api/v1/tokens/4', status: 204 }]);
    renderWithProviders(<TokensAdmin />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoca sistema colloqui' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Revocare il token?' })).getByRole('button', { name: 'Revoca il token' }));
    expect(await screen.findByText('Token «sistema colloqui» revocato.')).toBeInTheDocument();
    await waitFor(() => expect(sent(fetch, 'DELETE')).toHaveLength(1));
  });

  it('shouldTellARevokedTokenAndOfferNoRevocation', async () => {
    mockApi([{ ...tokens, body: { items: [{ ...listed, revokedAt: '2026-11-25T16:00:00Z' }] } }, plans, report]);
    renderWithProviders(<TokensAdmin />);
    const row = await screen.findByTestId('token-4');
    expect(row).toHaveTextContent('revocato il 25/11/2026');
    expect(within(row).queryByRole('button', { name: /Revoca/ })).not.toBeInTheDocument();
  });
});
