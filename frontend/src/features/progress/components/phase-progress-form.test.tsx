import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders, type MockRoute } from '@/testing/test-utils';
import { PhaseProgressForm } from '@/features/progress/components/phase-progress-form';

const phase = {
  id: 5,
  objectiveId: 2,
  number: 2,
  description: 'Acquisizione spazio fiera e programmazione evento',
  plannedStart: '2021-01-01',
  plannedEnd: '2021-12-31',
  weight: 20,
  actualEnd: undefined,
  partialProgress: undefined,
  monitoringNote: 'Sono stati realizzati incontri',
  dataSource: 'Direzione - settore regionale Lavoro',
  version: 0,
  updatedAt: '2021-06-30T08:00:00Z',
};

function renderForm(routes: MockRoute[]) {
  const fetch = mockApi(routes);
  const onDone = vi.fn();
  renderWithProviders(<PhaseProgressForm phase={{ ...phase, status: 'IN_PROGRESS' }} onDone={onDone} />);
  return { fetch, onDone };
}

const read: MockRoute = { path: '/api/v1/phases/5', body: phase, headers: { ETag: '"0"' } };

function puts(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls.map(([request]) => request as Request).filter((request) => request.method === 'PUT');
}

describe('PhaseProgressForm', () => {
  it('shouldSaveTheProgressWithTheVersionRead', async () => {
    const { fetch, onDone } = renderForm([read, { method: 'PUT', path: '/api/v1/phases/5/progress', body: { ...phase, version: 1 } }]);
    await userEvent.type(await screen.findByLabelText('Avanzamento parziale (%)'), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const [request] = puts(fetch);
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(await request.json()).toEqual({
      partialProgress: 40,
      monitoringNote: 'Sono stati realizzati incontri',
      dataSource: 'Direzione - settore regionale Lavoro',
    });
  });

  it('shouldRefuseAPartialProgressAbove100BeforeSending', async () => {
    const { fetch } = renderForm([read]);
    const field = await screen.findByLabelText('Avanzamento parziale (%)');
    await userEvent.type(field, '140');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/Deve essere compreso tra 0 e 100/);
    expect(puts(fetch)).toHaveLength(0);
  });

  it('shouldShowTheBackendsProblemNextToTheField', async () => {
    renderForm([
      read,
      {
        method: 'PUT',
        path: '/api/v1/phases/5/progress',
        status: 400,
        body: {
          title: 'Dati non validi',
          status: 400,
          detail: 'La richiesta contiene campi non validi',
          errors: [{ field: 'actualEnd', message: 'non può essere nel futuro' }],
        },
      },
    ]);
    await userEvent.type(await screen.findByLabelText('Fine effettiva'), '2021-06-15');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const field = screen.getByLabelText('Fine effettiva');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/non può essere nel futuro/));
    expect(screen.getByRole('alert')).toHaveTextContent('La richiesta contiene campi non validi');
  });

  it('shouldShowWhatChangedAndWhoSavedItOnAStaleEditAndReapplyOnTheNewVersion', async () => {
    let reads = 0;
    const fetch = mockApi([]);
    fetch.mockImplementation(async (input) => {
      const request = input as Request;
      if (request.url.includes('/api/v1/audit?entityType=phase&entityId=5&limit=1')) {
        const latest = { id: 9, actorKind: 'USER', actorName: 'b.gialli', entityType: 'phase', entityId: 5, action: 'UPDATE', changes: [] };
        return new Response(JSON.stringify({ items: [latest], total: 1 }), { headers: { 'Content-Type': 'application/json' } });
      }
      if (request.method === 'GET') {
        reads += 1;
        const current = reads === 1 ? phase : { ...phase, monitoringNote: 'Nota di Bianca', version: 1 };
        return new Response(JSON.stringify(current), { headers: { ETag: `"${current.version}"`, 'Content-Type': 'application/json' } });
      }
      if (request.headers.get('If-Match') === '"0"') {
        return new Response(JSON.stringify({ title: 'Precondizione non soddisfatta', status: 412 }), {
          status: 412,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
      return new Response(JSON.stringify({ ...phase, version: 2 }), { headers: { 'Content-Type': 'application/json' } });
    });
    const onDone = vi.fn();
    renderWithProviders(<PhaseProgressForm phase={{ ...phase, status: 'IN_PROGRESS' }} onDone={onDone} />);

    const note = await screen.findByLabelText('Nota di monitoraggio');
    await userEvent.clear(note);
    await userEvent.type(note, 'Nota di Anna');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    const stale = await screen.findByTestId('stale-changes');
    expect(within(stale).getByTestId('stale-theirs-monitoringNote')).toHaveTextContent('Nota di Bianca');
    expect(within(stale).getByTestId('stale-mine-monitoringNote')).toHaveTextContent('Nota di Anna');
    expect(within(stale).getByText("modificato dall'altra persona")).toBeInTheDocument();
    expect(within(stale).getByTestId('stale-by')).toHaveTextContent('Salvata da b.gialli.');
    expect(screen.getByLabelText('Nota di monitoraggio')).toHaveValue('Nota di Anna');
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(within(stale).getByRole('button', { name: 'Applica le mie modifiche alla versione attuale' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const last = fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === 'PUT').at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"1"');
    expect((await last.json()).monitoringNote).toBe('Nota di Anna');
  });
});
