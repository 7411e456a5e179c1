import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { Dashboard } from '@/features/report/components/dashboard';

const plans = [{ id: 1, year: 2021, title: 'Piano della performance 2021' }];

beforeEach(() => {
  mockApi([{ path: /\/api\/v1\/plans\/1\/periods/, body: { items: [], offset: 0, limit: 500, total: 0 } }]);
});

describe('Dashboard', () => {
  it('shouldShowTheRemoteInterviewsRatioAs188_94', () => {
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={() => {}} />);
    const row = screen.getByText(/Numero colloqui erogati attraverso i servizi a distanza/).closest('tr')!;
    expect(within(row).getByTestId('value-used-7')).toHaveTextContent('188,94%');
    expect(within(row).getByText('calcolato')).toBeInTheDocument();
  });

  it('shouldShowTheOverrideOf1_2AndTheComputedValueOnDemand', async () => {
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={() => {}} />);
    const card = screen.getByTestId('objective-1.2');
    expect(within(card).getByTestId('value-used-2')).toHaveTextContent('30,00%');
    expect(within(card).getByText('inserito')).toBeInTheDocument();
    await userEvent.click(within(card).getByText('Calcolato e inserito'));
    expect(within(card).getByTestId('value-computed-2')).toHaveTextContent('15,00%');
    expect(within(card).getByTestId('value-entered-2')).toHaveTextContent('30,00%');
  });

  it('shouldNameEveryProgressBar', () => {
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={() => {}} />);
    const bar = screen.getByRole('progressbar', { name: 'Obiettivo 1.5, indicatore 2: avanzamento verso il target' });
    expect(bar).toHaveAttribute('aria-valuetext', '188,94% su un target di 100,00%');
    for (const progress of screen.getAllByRole('progressbar')) expect(progress).toHaveAccessibleName();
  });

  it('shouldShowThePlanScoreAndTheWeightWarning', () => {
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={() => {}} />);
    expect(screen.getByTestId('plan-score')).toHaveTextContent('46,21%');
    expect(screen.getByTestId('weight-sum')).toHaveTextContent('77%');
    expect(screen.getByText(/La somma dei pesi è 77,00%/)).toBeInTheDocument();
  });

  it('shouldSummariseTheIndicatorsPerAssessmentStep', () => {
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={() => {}} />);
    expect(screen.getByTestId('summary-step-3')).toHaveTextContent('13 indicatori');
    expect(screen.getByTestId('summary-step-1')).toHaveTextContent('2 indicatori');
  });

  it('shouldShowOnlyTheObjectivesThatPassTheFilters', () => {
    renderWithProviders(
      <Dashboard report={report2021} plans={plans} filters={{ structure: 'RPCT' }} onFiltersChange={() => {}} />,
    );
    expect(screen.getByTestId('objective-4.4')).toBeInTheDocument();
    expect(screen.queryByTestId('objective-1.2')).not.toBeInTheDocument();
    expect(screen.getByTestId('objective-count')).toHaveTextContent('1 obiettivo mostrato su 15');
    expect(screen.getByTestId('summary-step-3')).toHaveTextContent('2 indicatori');
  });

  it('shouldReportAFilterChoice', async () => {
    const onFiltersChange = vi.fn();
    renderWithProviders(<Dashboard report={report2021} plans={plans} filters={{}} onFiltersChange={onFiltersChange} />);
    await userEvent.selectOptions(screen.getByLabelText('Responsabile attuazione'), 'RPCT');
    expect(onFiltersChange).toHaveBeenCalledWith({ structure: 'RPCT' });
  });

  it('shouldSayEachObjectivesStateInTheCollectionBesideIt', () => {
    renderWithProviders(
      <Dashboard
        report={report2021}
        plans={plans}
        filters={{}}
        onFiltersChange={() => {}}
        objectiveStatus={(objective) => (objective.responsibleStructure?.code === 'RPCT' ? 'Inviato' : null)}
      />,
    );
    expect(within(screen.getByTestId('objective-4.4')).getByTestId('collection-state-4.4')).toHaveTextContent(
      'Raccolta del periodoInviato',
    );
    expect(within(screen.getByTestId('objective-1.2')).queryByTestId('collection-state-1.2')).not.toBeInTheDocument();
  });
});
