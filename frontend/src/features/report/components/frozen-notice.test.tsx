import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import { renderWithProviders } from '@/testing/test-utils';
import type { PlanReport } from '@/types/api';
import { FrozenNotice } from '@/features/report/components/frozen-notice';

const closed: PlanReport = {
  ...report2021,
  frozen: { closedAt: '2021-07-15T08:30:00Z', closedBy: 'admin' },
  liveDifferences: [
    { entityType: 'indicator', entityId: 9, objectiveCode: '1.6', number: 1, field: 'valueUsed', frozenValue: '90.5660377358', liveValue: '94.3396226415' },
    { entityType: 'phase', entityId: 21, objectiveCode: '1.7', number: 2, field: 'actualEnd', frozenValue: null, liveValue: '2021-06-15' },
  ],
};

describe('FrozenNotice', () => {
  it('shouldSayWhenAndByWhomThePeriodWasClosed', () => {
    renderWithProviders(<FrozenNotice report={closed} />);
    expect(screen.getByTestId('frozen-notice')).toHaveTextContent(/Periodo chiuso il 15\/07\/2021.* da admin/);
  });

  it('shouldListWhereTodaysValuesDifferInItalianFormat', async () => {
    renderWithProviders(<FrozenNotice report={closed} />);
    await userEvent.click(screen.getByText('2 valori sono cambiati dopo la chiusura'));
    const value = screen.getByRole('row', { name: /Obiettivo 1.6, indicatore 1/ });
    expect(within(value).getByText('90,57%')).toBeInTheDocument();
    expect(within(value).getByText('94,34%')).toBeInTheDocument();
    const phase = screen.getByRole('row', { name: /Obiettivo 1.7, fase 2/ });
    expect(within(phase).getByText('Fine effettiva')).toBeInTheDocument();
    expect(within(phase).getByText('15/06/2021')).toBeInTheDocument();
  });

  it('shouldShowNothingForAnOpenPeriod', () => {
    const { container } = renderWithProviders(<FrozenNotice report={{ ...report2021, frozen: null, liveDifferences: [] }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
