import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthorizationProvider } from '@/lib/authorization';
import { report2021 } from '@/testing/fixtures/report-2021';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { ObjectiveRoute } from '@/app/routes/objective';

// Canvas charts need a real browser; the end-to-end tests cover them.
vi.mock('@/features/report/components/gantt-chart', () => ({ default: () => <div>gantt</div> }));
vi.mock('@/features/report/components/ratio-chart', () => ({ default: () => <div>ratio</div> }));

const periods = {
  items: [
    { id: 1, planId: 1, label: 'Monitoraggio intermedio al 30/06/2021', status: 'OPEN' },
    { id: 2, planId: 1, label: 'Monitoraggio finale al 31/12/2021', status: 'OPEN' },
  ],
};

function renderObjective(policy?: () => boolean) {
  mockApi([
    { path: '/api/v1/objectives/7', body: { id: 7, planId: 1, code: '1.7' }, headers: { ETag: '"0"' } },
    { path: /\/api\/v1\/plans\/1\/report\?periodId=1/, body: report2021 },
    { path: /\/api\/v1\/plans\/1\/periods/, body: periods },
  ]);
  renderWithProviders(
    <AuthorizationProvider policy={policy}>
      <ObjectiveRoute />
    </AuthorizationProvider>,
    { path: '/obiettivi/7?periodo=1', route: '/obiettivi/:objectiveId' },
  );
}

describe('ObjectiveRoute', () => {
  it('shouldShowTheObjectiveItsTimelineValueAndPhases', async () => {
    renderObjective();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('1.7');
    expect(screen.getByTestId('value-used-9')).toHaveTextContent('50,00%');
    expect(screen.getByRole('table', { name: 'Fasi del cronoprogramma' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiorna fase 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).toBeInTheDocument();
  });

  it('shouldHideTheActionsFromUsersWhoMayNotTakeThem', async () => {
    renderObjective(() => false);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('1.7');
    expect(screen.queryByRole('button', { name: /Aggiorna/ })).not.toBeInTheDocument();
  });
});
