import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { objectiveByCode } from '@/testing/fixtures/report-2021';
import { renderWithProviders } from '@/testing/test-utils';
import { IndicatorsTable } from '@/features/report/components/indicators-table';

/** jsdom has no layout and no matchMedia: the screen is as wide as the test says. */
function screenWidth(narrow: boolean) {
  vi.stubGlobal('matchMedia', (media: string) => ({
    matches: narrow,
    media,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('IndicatorsTable', () => {
  const { objective } = objectiveByCode('1.5');

  it('shouldOpenAnIndicatorsNotesInPlaceAndSayItIsOpen', async () => {
    screenWidth(false);
    renderWithProviders(<IndicatorsTable objective={objective} />);
    const toggle = screen.getByRole('button', { name: 'Note e fonte dei dati Obiettivo 1.5, indicatore 2' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const notes = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(notes).not.toBeVisible();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(notes).toBeVisible();
    expect(within(notes).getByTestId('notes-7-monitoringNote')).toHaveTextContent(
      'Nel corso del primo semestre sono stati erogati 37.787 colloqui online',
    );
    expect(within(notes).getByTestId('notes-7-planningNote')).toHaveTextContent('Nel 2021 si prevede di erogare 20.000 colloqui');
    expect(within(notes).getByTestId('notes-7-dataSource')).toHaveTextContent('Direzione');
  });

  it('shouldShowOneCardPerIndicatorOnANarrowScreen', () => {
    screenWidth(true);
    renderWithProviders(<IndicatorsTable objective={objective} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: "Indicatori dell'obiettivo 1.5" })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[1]).getByTestId('value-used-7')).toHaveTextContent('188,94%');
    expect(within(cards[1]).getByRole('heading', { level: 4 })).toHaveTextContent(/Numero colloqui erogati/);
  });

  it('shouldShowADashForATimelineNoPhaseOfWhichHasProgressed', () => {
    screenWidth(false);
    renderWithProviders(<IndicatorsTable objective={objectiveByCode('1.1').objective} />);
    expect(screen.getByTestId('value-used-1')).toHaveTextContent('–');
    expect(screen.getByText('nessuna fase avanzata')).toBeInTheDocument();
  });
});
