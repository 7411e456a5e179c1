import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { api, call } from '@/lib/api-client';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { interimPeriod } from '@/testing/fixtures/collection-2021';
import { ClosePeriodPanel } from '@/features/periods/components/close-period-panel';

const closed = { ...interimPeriod, status: 'CLOSED', version: 3, closedAt: '2021-07-20T08:00:00Z', closedBy: 'admin' };

/** The board as far as the panel sees it: the period read under ['periods'], which closing refreshes. */
function Harness() {
  const period = useQuery({
    queryKey: ['periods', 'one', 1],
    queryFn: async () => (await call(api.GET('/api/v1/periods/{periodId}', { params: { path: { periodId: 1 } } }))).data,
  });
  return period.data ? <ClosePeriodPanel period={period.data} unaccepted={[]} /> : null;
}

function posts(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls.map(([input]) => input as Request).filter((request) => request.method === 'POST');
}

async function confirmClose() {
  await userEvent.click(screen.getByRole('button', { name: 'Chiudi il periodo' }));
  const dialog = await screen.findByRole('dialog', { name: 'Chiudere il periodo?' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Chiudi il periodo' }));
}

describe('ClosePeriodPanel', () => {
  it('shouldCloseWithoutAReasonWhenEveryPartIsAccepted', async () => {
    const fetch = mockApi([{ method: 'POST', path: /^\/api\/v1\/periods\/1\/close/, body: closed }]);
    renderWithProviders(<ClosePeriodPanel period={interimPeriod} unaccepted={[]} />);
    expect(screen.getByText(/Tutte le parti sono accettate/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Motivo della chiusura/)).not.toBeInTheDocument();
    await confirmClose();
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    const url = new URL(posts(fetch)[0]!.url);
    expect(url.searchParams.has('reason')).toBe(false);
    expect(posts(fetch)[0]!.headers.get('If-Match')).toBe('"2"');
  });

  it('shouldAskTheReasonBeforeClosingOverPartsNotAccepted', async () => {
    const fetch = mockApi([{ method: 'POST', path: /^\/api\/v1\/periods\/1\/close/, body: closed }]);
    renderWithProviders(<ClosePeriodPanel period={interimPeriod} unaccepted={['Direzione', 'RPCT']} />);
    expect(screen.getByText(/Le parti di Direzione, RPCT non sono accettate\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Chiudi il periodo' }));
    const reason = screen.getByLabelText(/Motivo della chiusura/);
    expect(screen.getByText('Indica il motivo della chiusura')).toBeInTheDocument();
    expect(reason).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.type(reason, 'Relazione sulla performance in scadenza');
    await confirmClose();
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    expect(new URL(posts(fetch)[0]!.url).searchParams.get('reason')).toBe('Relazione sulla performance in scadenza');
  });

  it('shouldAskForAReasonWhenTheBackendKnowsOfPartsNotAccepted', async () => {
    mockApi([
      {
        method: 'POST',
        path: /^\/api\/v1\/periods\/1\/close/,
        status: 409,
        body: {
          title: 'Conflitto',
          status: 409,
          detail: 'Le parti delle strutture RPCT non sono accettate: per chiudere il periodo indicare il motivo (reason)',
          errors: [{ field: 'reason', message: 'obbligatorio' }],
        },
      },
    ]);
    renderWithProviders(<ClosePeriodPanel period={interimPeriod} unaccepted={[]} />);
    await confirmClose();
    expect(await screen.findByText(/Le parti delle strutture RPCT non sono accettate/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Motivo della chiusura/)).toBeInTheDocument();
  });

  it('shouldSayThePeriodIsClosedWhereTheFormWasOnceThePageHasReadItAgain', async () => {
    let closedYet = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (request.method === 'POST') closedYet = true;
        const body = request.method === 'POST' || closedYet ? closed : interimPeriod;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    renderWithProviders(<Harness />);
    await screen.findByRole('button', { name: 'Chiudi il periodo' });
    await confirmClose();
    const done = await screen.findByText('Periodo «Monitoraggio intermedio al 30/06/2021» chiuso: il suo Allegato A è congelato.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Chiudi il periodo' })).not.toBeInTheDocument();
  });
});
