import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Indicator } from '@/types/api';
import { IndicatorEditForm } from '@/features/plan-admin/components/indicator-edit-form';

const indicator: Indicator = {
  id: 12,
  position: 2,
  description: 'Colloqui erogati attraverso i servizi a distanza',
  kind: 'RATIO_PLANNED',
  plannedQuantity: 20000,
  targetValue: 100,
  version: 3,
  updatedAt: '2021-07-01T08:00:00Z',
};

/** Answers the PUTs in turn with the given responses and records them; the audit trail names who saved last. */
function answer(...responses: { status: number; body: unknown }[]) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'GET') {
        const page = { items: [{ id: 1, actorName: 'Rita Bianchi' }], total: 1 };
        return new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json' } });
      }
      requests.push(request.clone());
      const { status, body } = responses[Math.min(requests.length - 1, responses.length - 1)];
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
      });
    }),
  );
  return requests;
}

function renderForm() {
  const onDone = vi.fn();
  renderWithProviders(<IndicatorEditForm indicator={indicator} onDone={onDone} />);
  return onDone;
}

describe('IndicatorEditForm', () => {
  it('shouldSendEveryFieldWithIfMatchAndCloseWhenSaved', async () => {
    const requests = answer({ status: 200, body: { ...indicator, targetValue: 87.5, version: 4 } });
    const onDone = renderForm();
    const target = await screen.findByLabelText('Target (%)');
    expect(target).toHaveValue('100');
    await userEvent.clear(target);
    await userEvent.type(target, '87,5');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onDone).toHaveBeenCalledWith(true);
    expect(requests[0].method).toBe('PUT');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
    expect(await requests[0].json()).toMatchObject({ targetValue: 87.5, plannedQuantity: 20000, position: 2, kind: 'RATIO_PLANNED' });
  });

  it('shouldCheckTheFieldsBeforeSending', async () => {
    const requests = answer({ status: 200, body: indicator });
    renderForm();
    await userEvent.type(await screen.findByLabelText('Target anni successivi (%)'), '-5');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(screen.getByLabelText('Target anni successivi (%)')).toHaveAccessibleDescription(/Deve essere compreso tra 0 e 1000000/);
    expect(requests).toHaveLength(0);
  });

  it('shouldShowTheBackendProblemNextToItsField', async () => {
    answer({
      status: 409,
      body: { title: 'Conflitto', status: 409, errors: [{ field: 'kind', message: 'Il tipo non può cambiare: esistono conteggi' }] },
    });
    renderForm();
    await userEvent.selectOptions(await screen.findByLabelText('Tipo'), 'RATIO');
    await userEvent.clear(screen.getByLabelText('Quantità prevista nell\'anno'));
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByLabelText('Tipo')).toHaveAccessibleDescription('Il tipo non può cambiare: esistono conteggi');
  });

  it('shouldKeepWhatWasTypedWhenSomeoneSavedFirstAndReapplyIt', async () => {
    const requests = answer(
      { status: 412, body: { title: 'Modificato da altri', status: 412 } },
      { status: 200, body: { ...indicator, targetValue: 90, version: 5 } },
    );
    const onDone = renderForm();
    const target = await screen.findByLabelText('Target (%)');
    await userEvent.clear(target);
    await userEvent.type(target, '90');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByTestId('stale-changes')).toBeInTheDocument();
    expect(screen.getByTestId('stale-mine-targetValue')).toHaveTextContent('90');
    expect(await screen.findByTestId('stale-by')).toHaveTextContent('Salvata da Rita Bianchi.');
    expect(screen.getByLabelText('Target (%)')).toHaveValue('90');
    expect(onDone).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Applica le mie modifiche alla versione attuale' }));
    expect(onDone).toHaveBeenCalledWith(true);
    expect(requests).toHaveLength(2);
  });
});
