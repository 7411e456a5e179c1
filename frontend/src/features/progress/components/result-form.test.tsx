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

  it('shouldAskForTheExplanationOfADeviationWhenTheIndicatorIsAssessedLate', async () => {
    const fetch = mockApi([
      { path: /\/results\/1$/, body: { id: 13, version: 0, assessmentStep: 3 }, headers: { ETag: '"0"' } },
      { method: 'PUT', path: /\/results\/1$/, body: { id: 13, version: 1, assessmentStep: 5 } },
    ]);
    const onDone = vi.fn();
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={onDone} />);
    expect(await screen.findByRole('group', { name: 'Valutazione sintetica' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Scostamento' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /5 · in ritardo/ }));
    expect(screen.getByTestId('deviation-reasons')).toHaveTextContent("L'indicatore risulta indietro: valutazione 5 · in ritardo.");
    const explanation = screen.getByLabelText(/Motivazione dello scostamento/);
    expect(screen.getByRole('group', { name: 'Scostamento' })).toHaveAccessibleDescription(/valutazione 5 · in ritardo/);
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(explanation).toHaveAccessibleDescription(/Obbligatoria quando l'indicatore è valutato in ritardo/);
    expect(explanation).toHaveFocus();
    expect(putBodies(fetch)).toHaveLength(0);

    await userEvent.type(explanation, 'Il bando regionale è uscito a maggio');
    await userEvent.type(screen.getByLabelText(/Interventi correttivi/), 'Due sportelli in più da settembre');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(await putBodies(fetch)[0]!.json()).toMatchObject({
      assessmentStep: 5,
      deviationExplanation: 'Il bando regionale è uscito a maggio',
      correctiveActions: 'Due sportelli in più da settembre',
    });
  });

  it('shouldAskForTheExplanationWhenTheValueTypedIsBelowItsProRataShare', async () => {
    const remote = objectiveByCode('1.5').objective.indicators![1]!;
    mockApi([
      { path: /\/indicators\/7\/results\/1$/, status: 404, body: { title: 'Risorsa non trovata', status: 404 } },
      {
        path: /\/indicators\/7\/results\/1\/suggestion\?enteredValue=30$/,
        body: {
          computedValue: remote.computedValue,
          valueUsed: 30,
          expectedValue: 49.589,
          suggestion: { step: 5, reasonCode: 'BELOW_PRO_RATA', reason: 'Valore conseguito 30,00%: sotto la soglia' },
        },
      },
      { path: /\/indicators\/7\/results\/1\/suggestion/, body: { computedValue: remote.computedValue, expectedValue: 49.589, suggestion: remote.suggestion } },
    ]);
    renderWithProviders(<ResultForm indicator={remote} name="Obiettivo 1.5, indicatore 2" periodId={1} onDone={() => {}} />);
    await userEvent.type(await screen.findByLabelText('Valore inserito (%)'), '30');
    expect(await screen.findByTestId('deviation-reasons')).toHaveTextContent(
      "L'indicatore risulta indietro: valore 30,00% sotto l'atteso pro rata di 49,59%.",
    );
    expect(screen.getByLabelText(/Motivazione dello scostamento/)).toBeRequired();
  });

  it('shouldPutTheBackendsRefusalOnTheExplanationsField', async () => {
    mockApi([
      { path: /\/results\/1$/, body: { id: 13, version: 0, assessmentStep: 3 }, headers: { ETag: '"0"' } },
      {
        method: 'PUT',
        path: /\/results\/1$/,
        status: 422,
        body: {
          title: 'Manca la motivazione dello scostamento',
          status: 422,
          errors: [{ field: 'deviationExplanation', message: "obbligatoria: valore 30,00% sotto l'atteso pro rata di 49,59%" }],
        },
      },
    ]);
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Salva' }));
    const explanation = await screen.findByLabelText(/Motivazione dello scostamento/);
    expect(explanation).toHaveAccessibleDescription(/obbligatoria: valore 30,00% sotto l'atteso pro rata di 49,59%/);
    await waitFor(() => expect(explanation).toHaveFocus());
  });

  it('shouldStartFromTheStoredExplanationAndCorrectiveActions', async () => {
    mockApi([
      {
        path: /\/results\/1$/,
        body: { id: 13, version: 2, assessmentStep: 5, deviationExplanation: 'Bando in ritardo', correctiveActions: 'Sportelli in più' },
        headers: { ETag: '"2"' },
      },
    ]);
    renderWithProviders(<ResultForm indicator={indicator} name="Obiettivo 3.1, indicatore 1" periodId={1} onDone={() => {}} />);
    expect(await screen.findByLabelText(/Motivazione dello scostamento/)).toHaveValue('Bando in ritardo');
    expect(screen.getByLabelText(/Interventi correttivi/)).toHaveValue('Sportelli in più');
  });
});
