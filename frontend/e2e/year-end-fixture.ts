import type { APIRequestContext } from '@playwright/test';
import { asAdministrator, createUser, structureId, type NewUser } from './support';

/**
 * A year of its own for the whole year-end path (evidence, closing, the OIV, the Relazione, publication), so that
 * closing its final period leaves the 2021 plan the other files read as it was: ARTI's 2017 plan, published, whose
 * final period at 31/12/2017 holds objective 1.5 (behind target, its deviation explained) for Direzione, still open.
 */
export type YearEnd = { planId: number; periodId: number; objectiveId: number; indicatorId: number };

export const YEAR_END_PEOPLE = {
  editor: {
    username: 'fine.anno.direzione',
    password: 'e2e-fine-anno-direzione-2017',
    displayName: 'Marco Gialli',
    role: 'EDITOR',
    structures: ['DIREZIONE'],
  },
  oiv: {
    username: 'fine.anno.oiv',
    password: 'e2e-fine-anno-oiv-2017',
    displayName: 'Elena Bruni',
    role: 'OIV',
  },
} satisfies Record<string, NewUser>;

export const PERIOD_LABEL = 'Monitoraggio finale al 31/12/2017';
export const EXPLANATION =
  'Il nuovo sistema informativo del lavoro è entrato in esercizio a settembre: le politiche dei mesi estivi sono state registrate in ritardo.';
export const CORRECTIVE_ACTIONS = 'Recupero delle registrazioni arretrate entro marzo 2018 e formazione degli operatori.';

type WithId = { id: number };

export async function createYearEnd(request: APIRequestContext): Promise<YearEnd> {
  const admin = await asAdministrator(request);
  const direzione = await structureId(request, 'DIREZIONE');

  const plan = await admin.post<WithId & { version: number }>('/api/v1/plans', {
    year: 2017,
    title: 'Piano della performance 2017',
  });
  const period = await admin.post<WithId>(`/api/v1/plans/${plan.id}/periods`, {
    kind: 'FINAL',
    referenceDate: '2017-12-31',
    label: PERIOD_LABEL,
  });
  const area = await admin.post<WithId>(`/api/v1/plans/${plan.id}/areas`, {
    number: 1,
    title: 'Politiche per il diritto e la dignità del lavoro',
  });
  const objective = await admin.post<WithId>(`/api/v1/plans/${plan.id}/objectives`, {
    areaId: area.id,
    code: '1.5',
    title: 'Erogazione delle politiche attive del lavoro',
    weight: 100,
    responsibleStructureId: direzione,
  });
  const indicator = await admin.post<WithId>(`/api/v1/objectives/${objective.id}/indicators`, {
    position: 1,
    description: 'Politiche attive erogate sul totale previsto (40.000)',
    kind: 'DIRECT',
    targetValue: 100,
  });
  await admin.post(`/api/v1/plans/${plan.id}/publish`, undefined, { 'If-Match': `"${plan.version}"` });
  await admin.put(`/api/v1/indicators/${indicator.id}/results/${period.id}`, {
    enteredValue: 62,
    enteredJustification: 'Dato dei sistemi informativi del lavoro al 31/12/2017',
    assessmentStep: 4,
    deviationExplanation: EXPLANATION,
    correctiveActions: CORRECTIVE_ACTIONS,
  });
  await admin.logout();
  await createUser(request, YEAR_END_PEOPLE.editor);
  await createUser(request, YEAR_END_PEOPLE.oiv);
  return { planId: plan.id, periodId: period.id, objectiveId: objective.id, indicatorId: indicator.id };
}

/** Closes the period as the administrator, in a request context of its own. */
export async function closePeriod(request: APIRequestContext, periodId: number) {
  const admin = await asAdministrator(request);
  await admin.post(`/api/v1/periods/${periodId}/close`);
  await admin.logout();
}
