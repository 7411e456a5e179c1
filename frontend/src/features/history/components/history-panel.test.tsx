import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { HistoryPanel } from '@/features/history/components/history-panel';

const indicatorEvent = {
  id: 1,
  occurredAt: '2021-02-01T09:00:00Z',
  actorKind: 'USER',
  actorName: 'admin',
  entityType: 'indicator',
  entityId: 7,
  action: 'UPDATE',
  changes: [{ field: 'targetValue', oldValue: 90, newValue: 100 }],
};
const resultEvent = {
  id: 2,
  occurredAt: '2021-06-30T16:00:00Z',
  actorKind: 'TOKEN',
  actorName: 'sistema colloqui',
  entityType: 'result',
  entityId: 7,
  action: 'CREATE',
  changes: [{ field: 'enteredValue', oldValue: null, newValue: 30 }],
};

const sources = [
  { entityType: 'indicator', entityId: 7 },
  { entityType: 'result', entityId: 7 },
] as const;

describe('HistoryPanel', () => {
  it('shouldMergeTheIndicatorAndItsResultNewestFirst', async () => {
    mockApi([
      { path: /entityType=indicator&entityId=7/, body: { items: [indicatorEvent], total: 1 } },
      { path: /entityType=result&entityId=7/, body: { items: [resultEvent], total: 1 } },
    ]);
    renderWithProviders(<HistoryPanel id="h" title="Cronologia: Obiettivo 1.5, indicatore 2" sources={[...sources]} onClose={vi.fn()} />);
    const events = await screen.findAllByTestId('history-event');
    expect(events).toHaveLength(2);
    expect(events[0]).toHaveTextContent('30/06/2021, 18:00 · sistema colloqui (token API) · creazione risultato');
    expect(within(events[0]).getByTestId('history-change-enteredValue')).toHaveTextContent('Valore inserito: (vuoto) → diventa 30%');
    expect(events[1]).toHaveTextContent('01/02/2021, 10:00 · admin · modifica indicatore');
    expect(within(events[1]).getByTestId('history-change-targetValue')).toHaveTextContent('Target: 90% → diventa 100%');
  });

  it('shouldSayWhenNothingWasRecorded', async () => {
    mockApi([{ path: /\/api\/v1\/audit/, body: { items: [], total: 0 } }]);
    renderWithProviders(<HistoryPanel id="h" title="Cronologia della fase 2" sources={[{ entityType: 'phase', entityId: 19 }]} onClose={vi.fn()} />);
    expect(await screen.findByText('Nessuna modifica registrata.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cronologia della fase 2' })).toHaveFocus();
  });

  it('shouldReadEarlierChangesOnRequest', async () => {
    const fetch = mockApi([
      { path: /limit=20$/, body: { items: [indicatorEvent], total: 21 } },
      { path: /limit=40$/, body: { items: [resultEvent, indicatorEvent], total: 21 } },
    ]);
    renderWithProviders(<HistoryPanel id="h" title="Cronologia" sources={[{ entityType: 'indicator', entityId: 7 }]} onClose={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Mostra modifiche precedenti' }));
    expect(await screen.findAllByTestId('history-event')).toHaveLength(2);
    expect(fetch.mock.calls.map(([r]) => new URL((r as Request).url).searchParams.get('limit'))).toEqual(['20', '40']);
  });

  it('shouldCloseOnEscape', async () => {
    mockApi([{ path: /\/api\/v1\/audit/, body: { items: [], total: 0 } }]);
    const onClose = vi.fn();
    renderWithProviders(<HistoryPanel id="h" title="Cronologia" sources={[{ entityType: 'phase', entityId: 19 }]} onClose={onClose} />);
    await screen.findByText('Nessuna modifica registrata.');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
