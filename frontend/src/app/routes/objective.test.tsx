import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { report2021 } from '@/testing/fixtures/report-2021';
import { anonymous, signedIn, type MockRoute, mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Me } from '@/types/api';
import { direzionePart, interimCollection } from '@/testing/fixtures/collection-2021';
import { ObjectiveRoute } from '@/app/routes/objective';

// Canvas charts need a real browser; the end-to-end tests cover them.
vi.mock('@/features/report/components/counts-chart', () => ({ default: () => <div>counts</div> }));

const periods = {
  items: [
    { id: 1, planId: 1, label: 'Monitoraggio intermedio al 30/06/2021', status: 'OPEN' },
    { id: 2, planId: 1, label: 'Monitoraggio finale al 31/12/2021', status: 'OPEN' },
  ],
};

const admin: Me = { username: 'admin', displayName: 'Amministratore', kind: 'USER', role: 'ADMINISTRATOR', structures: [], csrfToken: 'c' };
const rpctEditor: Me = { username: 'r.bianchi', displayName: 'Rita Bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'], csrfToken: 'c' };
const direzioneEditor: Me = { ...rpctEditor, username: 'd.verdi', structures: ['DIREZIONE'] };
const viewer: Me = { ...rpctEditor, username: 'l.neri', role: 'VIEWER', structures: [] };

// Objective 1.7 belongs to the Direzione; its phase 2 (id 19) is under way.
function renderObjective(me: MockRoute, extra: MockRoute[] = []) {
  const fetch = mockApi([
    me,
    { path: '/api/v1/objectives/7', body: { id: 7, planId: 1, code: '1.7' }, headers: { ETag: '"0"' } },
    { path: /\/api\/v1\/plans\/1\/report\?periodId=1/, body: report2021 },
    { path: /\/api\/v1\/plans\/1\/periods/, body: periods },
    ...extra,
  ]);
  renderWithProviders(<ObjectiveRoute />, { path: '/obiettivi/7?periodo=1', route: '/obiettivi/:objectiveId' });
  return fetch;
}

async function heading() {
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('1.7');
}

describe('ObjectiveRoute', () => {
  it('shouldShowTheObjectiveItsTimelineValueAndPhases', async () => {
    renderObjective(signedIn(admin));
    await heading();
    expect(screen.getByTestId('value-used-9')).toHaveTextContent('50,00%');
    expect(screen.getByRole('table', { name: 'Fasi del cronoprogramma' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Aggiorna fase 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).toBeInTheDocument();
  });

  it('shouldAskAnonymousVisitorsToSignInInsteadOfShowingTheActions', async () => {
    renderObjective(anonymous());
    await heading();
    const link = await screen.findByRole('link', { name: 'Accedi per modificare' });
    expect(link).toHaveAttribute('href', '/accesso?da=%2Fobiettivi%2F7%3Fperiodo%3D1');
    expect(screen.queryByRole('button', { name: /Aggiorna|Cronologia/ })).not.toBeInTheDocument();
  });

  it('shouldHideTheActionsFromAnEditorOfAnotherStructureAndSayWhy', async () => {
    renderObjective(signedIn(rpctEditor));
    await heading();
    expect(await screen.findByText(/amministratori e i redattori della struttura Direzione/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Aggiorna/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cronologia fase 2' })).toBeInTheDocument();
  });

  it('shouldLetAnEditorOfTheObjectivesStructureUpdateIt', async () => {
    renderObjective(signedIn(direzioneEditor));
    await heading();
    expect(await screen.findByRole('button', { name: 'Aggiorna fase 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).toBeInTheDocument();
  });

  it('shouldTellAViewerTheRoleOnlyReads', async () => {
    renderObjective(signedIn(viewer));
    await heading();
    expect(await screen.findByText('Il tuo ruolo consente la sola consultazione.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Aggiorna/ })).not.toBeInTheDocument();
  });

  it('shouldLoadAPhasesHistoryOnlyWhenOpened', async () => {
    const fetch = renderObjective(signedIn(admin), [
      {
        path: '/api/v1/audit?entityType=phase&entityId=19&limit=20',
        body: {
          items: [
            {
              id: 3,
              occurredAt: '2021-06-15T08:30:00Z',
              actorKind: 'USER',
              actorName: 'm.rossi',
              entityType: 'phase',
              entityId: 19,
              action: 'UPDATE',
              changes: [{ field: 'actualEnd', oldValue: '2021-06-10', newValue: '2021-06-15' }],
            },
          ],
          total: 1,
        },
      },
    ]);
    await heading();
    const audits = () => fetch.mock.calls.filter(([r]) => (r as Request).url.includes('/audit'));
    expect(audits()).toHaveLength(0);

    await userEvent.click(await screen.findByRole('button', { name: 'Cronologia fase 2' }));
    const panel = await screen.findByRole('region', { name: 'Cronologia della fase 2' });
    const event = await within(panel).findByTestId('history-event');
    expect(event).toHaveTextContent('15/06/2021, 10:30');
    expect(within(event).getByTestId('history-actor')).toHaveTextContent('m.rossi');
    expect(within(event).getByTestId('history-change-actualEnd')).toHaveTextContent('Fine effettiva: 10/06/2021 → diventa 15/06/2021');
    expect(audits()).toHaveLength(1);
  });

  it('shouldTellTheEditorTheirPartIsSubmittedAndKeepTheResultFormsClosed', async () => {
    const submitted = { ...direzionePart, state: 'SUBMITTED' as const, submittedBy: 'd.verdi', submittedAt: '2021-07-08T09:00:00Z' };
    renderObjective(signedIn(direzioneEditor), [
      { path: '/api/v1/periods/1/collection', body: { ...interimCollection, parts: [submitted] } },
    ]);
    await heading();
    const note = await screen.findByTestId('collection-note');
    expect(note).toHaveTextContent('Raccolta del periodo, parte di Direzione: Inviato');
    expect(note).toHaveTextContent('i risultati del periodo non sono modificabili');
    expect(within(note).getByRole('link', { name: 'Torna alle mie attività' })).toHaveAttribute('href', '/attivita?periodo=1');
    expect(screen.queryByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).not.toBeInTheDocument();
    // Phases are not the period's results: their progress goes on.
    expect(screen.getByRole('button', { name: 'Aggiorna fase 2' })).toBeInTheDocument();
  });

  it('shouldShowTheReturnReasonBesideTheFormsOfAReturnedPart', async () => {
    const returned = { ...direzionePart, state: 'RETURNED' as const, returnReason: 'Manca la fonte del dato', decidedBy: 'admin', decidedAt: '2021-07-10T08:00:00Z' };
    renderObjective(signedIn(direzioneEditor), [
      { path: '/api/v1/periods/1/collection', body: { ...interimCollection, parts: [returned] } },
    ]);
    await heading();
    expect(await screen.findByTestId('collection-note')).toHaveTextContent('Motivo della restituzione: Manca la fonte del dato');
    expect(screen.getByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).toBeInTheDocument();
  });

  it('shouldLeaveAnAdministratorTheResultFormsOfASubmittedPart', async () => {
    renderObjective(signedIn(admin), [
      { path: '/api/v1/periods/1/collection', body: { ...interimCollection, parts: [{ ...direzionePart, state: 'SUBMITTED' as const }] } },
    ]);
    await heading();
    expect(await screen.findByTestId('collection-note')).toHaveTextContent('Inviato');
    expect(screen.queryByText(/non sono modificabili/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiorna Obiettivo 1.7, indicatore 1' })).toBeInTheDocument();
  });
});
