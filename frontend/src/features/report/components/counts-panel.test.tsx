import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { ReportIndicator } from '@/types/api';
import { CountsPanel } from '@/features/report/components/counts-panel';

// Canvas charts need a real browser; the end-to-end tests cover them.
vi.mock('@/features/report/components/counts-chart', () => ({ default: () => <div>counts chart</div> }));

const indicator: ReportIndicator = {
  id: 12,
  position: 2,
  kind: 'RATIO_PLANNED',
  numeratorLabel: 'Numero colloqui erogati',
  plannedQuantity: 20000,
  targetValue: 100,
};
const period = { id: 1, label: 'Monitoraggio intermedio al 30/06/2021', referenceDate: '2021-06-30', status: 'OPEN' as const };

function renderPanel() {
  mockApi([
    {
      path: /\/api\/v1\/indicators\/12\/counts/,
      body: {
        items: [
          { id: 1, component: 'NUMERATOR', from: '2021-05-01', to: '2021-05-31', territorialUnit: 'FI-PO', value: 1200, updatedBy: 'token:sistema colloqui', updatedAt: '2021-06-01T08:00:00Z' },
          { id: 2, component: 'NUMERATOR', from: '2021-01-01', to: '2021-06-30', territorialUnit: null, value: 37787, updatedBy: 'admin', updatedAt: '2021-07-01T08:00:00Z' },
        ],
        total: 2,
      },
    },
    {
      path: /\/api\/v1\/indicators\/12\/value\?/,
      body: {
        numerator: 38987,
        denominator: 20000,
        computedValue: 194.935,
        units: [
          { territorialUnit: 'FI-PO', name: 'Firenze e Prato', numerator: 1200, denominator: 20000, computedValue: 6 },
          { territorialUnit: null, name: null, numerator: 37787, denominator: 20000, computedValue: 188.935 },
        ],
      },
    },
  ]);
  renderWithProviders(<CountsPanel indicator={indicator} name="Obiettivo 1.5, indicatore 2" year={2021} period={period} />);
}

describe('CountsPanel', () => {
  it('shouldShowTheFiguresByMonthAndUnitWithATotalColumnAndExplainLongSpans', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: /Numero colloqui erogati per mese e per settore territoriale/ });
    const [header, may, june] = within(table).getAllByRole('row');
    expect(header).toHaveTextContent('Firenze e Prato (FI-PO)');
    expect(header).toHaveTextContent('Totale (senza settore)');
    expect(may).toHaveTextContent(/maggio 2021\s*1\.200\s*–\s*1\.200/);
    expect(june).toHaveTextContent(/giugno 2021\s*–\s*37\.787\s*37\.787/);
    expect(screen.getByText(/ciascuno è riportato nel mese in cui termina il suo periodo/)).toBeInTheDocument();
  });

  it('shouldSayWhoPostedEachFigureOnDemand', async () => {
    renderPanel();
    await userEvent.click(await screen.findByText('Conteggi inviati e chi li ha inviati'));
    const list = screen.getByRole('table', { name: 'Obiettivo 1.5, indicatore 2: conteggi inviati' });
    expect(within(list).getByText('token «sistema colloqui»')).toBeVisible();
    expect(within(list).getByText('admin')).toBeVisible();
  });

  it('shouldBreakTheValueDownByUnitAtThePeriod', async () => {
    renderPanel();
    const table = await screen.findByRole('table', { name: /ripartizione per settore territoriale al 30\/06\/2021/ });
    expect(within(table).getByRole('row', { name: /Firenze e Prato/ })).toHaveTextContent('6,00%');
    expect(within(table).getByRole('row', { name: /^Totale \d/ })).toHaveTextContent('194,94%');
  });
});
