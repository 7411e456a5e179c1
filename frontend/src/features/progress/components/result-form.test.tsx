import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { objectiveByCode } from '@/testing/fixtures/report-2021';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { ResultForm } from '@/features/progress/components/result-form';

// Objective 3.1: assessed "secondo le aspettative", while the rules suggest "in anticipo".
const indicator = objectiveByCode('3.1').objective.indicators![0];

function putBodies(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls.map(([r]) => r as Request).filter((r) => r.method === 'PUT');
}

describe('ResultForm', () => {
  it('shouldShowTheSuggestionWithItsReason', async () => {
    mockApi([{ path: /\/results\/1$/, status: 404, body: { title: 'Risorsa non trovata', status: 404 } }]);
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={() => {}} />);
    const suggestion = await screen.findByTestId('suggestion');
    expect(suggestion).toHaveTextContent('1 · in anticipo');
    expect(suggestion).toHaveTextContent(indicator.suggestion!.reason!);
  });

  it('shouldAcceptTheSuggestionInOneActionOnAFirstWrite', async () => {
    const fetch = mockApi([
      { path: /\/results\/1$/, status: 404, body: { title: 'Risorsa non trovata', status: 404 } },
      { path: /\/results\/1\/suggestion$/, body: { computedValue: indicator.computedValue, suggestion: indicator.suggestion } },
      { method: 'PUT', path: /\/results\/1$/, status: 201, body: { id: 30, version: 0 } },
    ]);
    const onDone = vi.fn();
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={onDone} />);
    const accept = await screen.findByRole('button', { name: 'Accetta il suggerimento e salva' });
    // The suggestion shown must be the one for what is typed (nothing): accepting waits for the backend's.
    await waitFor(() => expect(accept).toBeEnabled());
    await userEvent.click(accept);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const [request] = putBodies(fetch);
    expect(request.headers.get('If-Match')).toBeNull();
    expect((await request.json()).assessmentStep).toBe(1);
  });

  it('shouldNotOfferToAcceptASuggestionMadeForAnotherValue', async () => {
    mockApi([
      { path: /\/results\/1$/, status: 404, body: { title: 'Risorsa non trovata', status: 404 } },
      { path: /\/results\/1\/suggestion$/, status: 503, body: { title: 'Servizio non disponibile', status: 503 } },
    ]);
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={() => {}} />);
    const accept = await screen.findByRole('button', { name: 'Accetta il suggerimento e salva' });
    await userEvent.type(screen.getByLabelText('Valore inserito (%)'), '30');
    await waitFor(() => expect(screen.getByTestId('suggestion')).toHaveTextContent('aggiornamento in corso'));
    expect(accept).toBeDisabled();
  });

  it('shouldAskForAJustificationOfAnOverride', async () => {
    const fetch = mockApi([{ path: /\/results\/1$/, body: { id: 13, version: 0, assessmentStep: 3 }, headers: { ETag: '"0"' } }]);
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={() => {}} />);
    await userEvent.type(await screen.findByLabelText('Valore inserito (%)'), '90');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(screen.getByLabelText(/Motivazione del valore inserito/)).toHaveAccessibleDescription(
      /Obbligatoria quando il valore inserito sostituisce quello calcolato/,
    );
    expect(putBodies(fetch)).toHaveLength(0);
  });
});
