import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { objectiveByCode, report2021 } from '@/testing/fixtures/report-2021';
import { signedIn, type MockRoute, mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Me, ReportPhase } from '@/types/api';
import { toId, useObjectivePage } from '@/app/routes/use-objective-page';

const admin: Me = { username: 'admin', displayName: 'Amministratore', kind: 'USER', role: 'ADMINISTRATOR', structures: [], csrfToken: 'c' };
const rpctEditor: Me = { username: 'r.bianchi', displayName: 'Rita Bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'], csrfToken: 'c' };

// Objective 1.7 belongs to the Direzione; its phases are 18 and 19.
const { objective: objective17 } = objectiveByCode('1.7');
const phase2 = objective17.phases?.find((phase) => phase.id === 19) as ReportPhase;

function renderPage(me: MockRoute, path = '/obiettivi/7?periodo=1') {
  mockApi([
    me,
    { path: '/api/v1/objectives/7', body: { id: 7, planId: 1, code: '1.7' }, headers: { ETag: '"0"' } },
    { path: /\/api\/v1\/plans\/1\/report\?periodId=1/, body: report2021 },
    { path: /\/api\/v1\/plans\/1\/periods/, body: { items: [] } },
  ]);
  const page: { current?: ReturnType<typeof useObjectivePage> } = {};
  function Probe() {
    page.current = useObjectivePage();
    return <button id="edit-phase-19">Aggiorna fase 2</button>;
  }
  const rendered = renderWithProviders(<Probe />, { path, route: '/obiettivi/:objectiveId' });
  const current = () => page.current as ReturnType<typeof useObjectivePage>;
  return { ...rendered, current };
}

describe('useObjectivePage', () => {
  it('shouldFindTheObjectiveInTheReportOfThePeriodInTheAddress', async () => {
    const { current } = renderPage(signedIn(admin));
    await waitFor(() => expect(current().found?.objective.code).toBe('1.7'));
    expect(current().shownPeriod).toBe(1);
    expect(current().open).toBe(true);
    await waitFor(() => expect(document.title).toMatch(/^Obiettivo 1.7/));
  });

  it('shouldLetOnlyTheEditorsOfTheObjectivesStructureUpdateItWhileEveryoneSignedInReadsItsHistory', async () => {
    const { current } = renderPage(signedIn(rpctEditor));
    await waitFor(() => expect(current().mayReadHistory).toBe(true));
    await waitFor(() => expect(current().found).toBeDefined());
    expect(current().mayProgress).toBe(false);
    expect(current().mayEditResults).toBe(false);
  });

  it('shouldKeepOneFormOrHistoryOpenAtATime', async () => {
    const { current } = renderPage(signedIn(admin));
    await waitFor(() => expect(current().found).toBeDefined());
    act(() => current().start({ kind: 'phase', phase: phase2 }));
    expect(current().editing).toEqual({ kind: 'phase', phase: phase2 });
    act(() => current().view({ kind: 'objective' }));
    expect(current().editing).toBeNull();
    expect(current().viewing).toEqual({ kind: 'objective' });
    act(() => current().start({ kind: 'phase', phase: phase2 }));
    expect(current().viewing).toBeNull();
  });

  it('shouldAnnounceASavedFormBesideItsOwnTableAndGiveTheFocusBackToItsButton', async () => {
    const { current } = renderPage(signedIn(admin));
    await waitFor(() => expect(current().found).toBeDefined());
    act(() => current().start({ kind: 'phase', phase: phase2 }));
    act(() => current().finish(true, 'Fase 2 salvata.', 'edit-phase-19'));
    expect(current().editing).toBeNull();
    expect(current().messageFor('phase')).toBe('Fase 2 salvata.');
    expect(current().messageFor('result')).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-phase-19'));

    act(() => current().start({ kind: 'phase', phase: phase2 }));
    expect(current().messageFor('phase')).toBeNull();
    act(() => current().finish(false, '', 'edit-phase-19'));
    expect(current().messageFor('phase')).toBeNull();
  });

  it('shouldChangeTheAddressWhenAnotherPeriodIsChosen', async () => {
    const { current, router } = renderPage(signedIn(admin));
    await waitFor(() => expect(current().found).toBeDefined());
    await act(async () => {
      await current().choosePeriod(2);
    });
    expect(router.state.location.pathname + router.state.location.search).toBe('/obiettivi/7?periodo=2');
  });
});

describe('toId', () => {
  it('shouldAcceptOnlyAPositiveWholeNumber', () => {
    expect(toId('7')).toBe(7);
    for (const value of ['0', '-3', '1.5', 'sette', '', null, undefined]) expect(toId(value)).toBeUndefined();
  });
});
