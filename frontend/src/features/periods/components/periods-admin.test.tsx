import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { PeriodsAdmin } from '@/features/periods/components/periods-admin';

const periods = {
  items: [
    { id: 1, planId: 1, kind: 'INTERIM', referenceDate: '2021-06-30', label: 'Monitoraggio intermedio al 30/06/2021', status: 'CLOSED', version: 3, closedAt: '2021-07-15T08:30:00Z', closedBy: 'admin' },
    { id: 2, planId: 1, kind: 'FINAL', referenceDate: '2021-12-31', label: 'Monitoraggio finale al 31/12/2021', status: 'OPEN', version: 0, closedAt: null, closedBy: null },
  ],
  offset: 0,
  limit: 500,
  total: 2,
};

async function requests(fetch: ReturnType<typeof mockApi>, method: string) {
  return fetch.mock.calls.map(([input]) => input as Request).filter((request) => request.method === method);
}

describe('PeriodsAdmin', () => {
  it('shouldShowEachPeriodWithItsStatus', async () => {
    mockApi([{ path: '/api/v1/plans/1/periods', body: periods }]);
    renderWithProviders(<PeriodsAdmin planId={1} />);
    const closed = await screen.findByRole('row', { name: /Monitoraggio intermedio/ });
    expect(within(closed).getByText(/Chiuso il 15\/07\/2021.* da admin/)).toBeInTheDocument();
    expect(within(closed).getByRole('button', { name: /Riapri/ })).toBeInTheDocument();
    const open = screen.getByRole('row', { name: /Monitoraggio finale/ });
    expect(within(open).getByRole('button', { name: /Chiudi il periodo/ })).toBeInTheDocument();
  });

  it('shouldNotReopenWithoutAReason', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans/1/periods', body: periods }]);
    renderWithProviders(<PeriodsAdmin planId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: /Riapri Monitoraggio intermedio/ }));
    const reason = screen.getByLabelText(/Motivazione della riapertura/);
    expect(reason).toHaveFocus();
    await userEvent.type(reason, 'breve');
    await userEvent.click(screen.getByRole('button', { name: 'Riapri il periodo' }));
    expect(screen.getByText('Scrivi una motivazione di almeno 10 caratteri')).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(await requests(fetch, 'POST')).toHaveLength(0);
  });

  it('shouldSendTheReasonWithTheVersionRead', async () => {
    const fetch = mockApi([
      { path: '/api/v1/plans/1/periods', body: periods },
      { method: 'POST', path: '/api/v1/periods/1/reopen', body: { ...periods.items[0], status: 'OPEN', version: 4 } },
    ]);
    renderWithProviders(<PeriodsAdmin planId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: /Riapri Monitoraggio intermedio/ }));
    await userEvent.type(screen.getByLabelText(/Motivazione della riapertura/), 'Rettifica richiesta dal settore regionale');
    await userEvent.click(screen.getByRole('button', { name: 'Riapri il periodo' }));
    expect(await screen.findByText('Periodo «Monitoraggio intermedio al 30/06/2021» riaperto.')).toBeInTheDocument();
    const [post] = await requests(fetch, 'POST');
    expect(post!.headers.get('If-Match')).toBe('"3"');
    expect(await post!.json()).toEqual({ reason: 'Rettifica richiesta dal settore regionale' });
  });

  it('shouldAskBeforeClosing', async () => {
    const fetch = mockApi([
      { path: '/api/v1/plans/1/periods', body: periods },
      { method: 'POST', path: '/api/v1/periods/2/close', body: { ...periods.items[1], status: 'CLOSED', version: 1 } },
    ]);
    renderWithProviders(<PeriodsAdmin planId={1} />);
    const button = await screen.findByRole('button', { name: /Chiudi il periodo Monitoraggio finale/ });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Chiudere il periodo?' });
    expect(dialog).toHaveTextContent('Chiudere il periodo «Monitoraggio finale al 31/12/2021»?');
    expect(within(dialog).getByRole('button', { name: 'Annulla' })).toHaveFocus();
    fireEvent.keyUp(document.activeElement!, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await requests(fetch, 'POST')).toHaveLength(0);
    await userEvent.click(button);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Chiudi il periodo' }));
    expect(await screen.findByText(/Periodo «Monitoraggio finale al 31\/12\/2021» chiuso/)).toBeInTheDocument();
    expect((await requests(fetch, 'POST'))[0]!.headers.get('If-Match')).toBe('"0"');
  });

  it('shouldLeadToThePeriodsCollectionWhenItsPartsKeepItFromClosing', async () => {
    mockApi([
      { path: '/api/v1/plans/1/periods', body: periods },
      {
        method: 'POST',
        path: '/api/v1/periods/2/close',
        status: 409,
        body: {
          title: 'Conflitto',
          status: 409,
          detail: 'Le parti delle strutture DIREZIONE non sono accettate: per chiudere il periodo indicare il motivo (reason)',
          errors: [{ field: 'reason', message: 'obbligatorio' }],
        },
      },
    ]);
    renderWithProviders(<PeriodsAdmin planId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: /Chiudi il periodo Monitoraggio finale/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Chiudi il periodo' }));
    expect(await screen.findByText(/Le parti delle strutture DIREZIONE non sono accettate/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Vai alla raccolta del periodo/ })).toHaveAttribute('href', '/amministrazione/raccolte/2');
  });
});
