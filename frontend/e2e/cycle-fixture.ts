import type { APIRequestContext } from '@playwright/test';
import { asAdministrator, createUser, type NewUser } from './support';

/**
 * A plan of its own for the monitoring cycle's tests, so that opening, submitting and closing its period leave the
 * 2021 plan the other files read as it was: the 2019 plan of ARTI, published, with one objective for Direzione
 * (a value to report and a phase due by 30/06/2019) and one for RPCT.
 */
export type CyclePlan = { planId: number; periodId: number; direzioneObjectiveId: number; rpctObjectiveId: number };

export const CYCLE_EDITORS = {
  direzione: {
    username: 'ciclo.direzione',
    password: 'e2e-ciclo-direzione-2019',
    displayName: 'Dario Verdi',
    role: 'EDITOR',
    structures: ['DIREZIONE'],
    email: 'dario.verdi@arti.toscana.it',
  },
  rpct: {
    username: 'ciclo.rpct',
    password: 'e2e-ciclo-rpct-2019',
    displayName: 'Rita Bianchi',
    role: 'EDITOR',
    structures: ['RPCT'],
    email: 'rita.bianchi@arti.toscana.it',
  },
} satisfies Record<string, NewUser>;

/** What signing in sends: the user's name and password, nothing else (the login refuses unknown fields). */
export function accountOf({ username, password }: NewUser) {
  return { username, password };
}

type WithId = { id: number };

export async function createCyclePlan(request: APIRequestContext): Promise<CyclePlan> {
  const admin = await asAdministrator(request);
  const structures = (await (await request.get('/api/v1/organisations/ARTI/structures')).json()) as {
    items: { id: number; code: string }[];
  };
  const structure = (code: string) => structures.items.find((s) => s.code === code)!.id;

  const plan = await admin.post<WithId & { version: number }>('/api/v1/plans', {
    year: 2019,
    title: 'Piano della performance 2019',
  });
  const period = await admin.post<WithId>(`/api/v1/plans/${plan.id}/periods`, {
    kind: 'INTERIM',
    referenceDate: '2019-06-30',
    label: 'Monitoraggio intermedio al 30/06/2019',
  });
  const area = await admin.post<WithId>(`/api/v1/plans/${plan.id}/areas`, {
    number: 1,
    title: 'Politiche per il diritto e la dignità del lavoro',
  });
  const direzione = await admin.post<WithId>(`/api/v1/plans/${plan.id}/objectives`, {
    areaId: area.id,
    code: '1.1',
    title: 'Orientamento dei giovani iscritti ai centri per l’impiego',
    weight: 60,
    responsibleStructureId: structure('DIREZIONE'),
  });
  await admin.post(`/api/v1/objectives/${direzione.id}/indicators`, {
    position: 1,
    description: 'Quota dei giovani iscritti orientati entro tre mesi',
    kind: 'DIRECT',
    targetValue: 80,
  });
  await admin.post(`/api/v1/objectives/${direzione.id}/phases`, {
    number: 1,
    description: 'Avvio degli sportelli di orientamento nei centri per l’impiego',
    plannedStart: '2019-01-15',
    plannedEnd: '2019-04-30',
    weight: 100,
  });
  const rpct = await admin.post<WithId>(`/api/v1/plans/${plan.id}/objectives`, {
    areaId: area.id,
    code: '1.2',
    title: 'Misure di trasparenza del Piano triennale di prevenzione della corruzione',
    weight: 40,
    responsibleStructureId: structure('RPCT'),
  });
  await admin.post(`/api/v1/objectives/${rpct.id}/indicators`, {
    position: 1,
    description: 'Misure di trasparenza attuate sul totale previsto per il 2019',
    kind: 'DIRECT',
    targetValue: 100,
  });
  await admin.post(`/api/v1/plans/${plan.id}/publish`, undefined, { 'If-Match': `"${plan.version}"` });
  await admin.logout();

  for (const editor of Object.values(CYCLE_EDITORS)) await createUser(request, editor);
  return { planId: plan.id, periodId: period.id, direzioneObjectiveId: direzione.id, rpctObjectiveId: rpct.id };
}

/** An ISO date `days` after today in Italy, the calendar the deadline is kept in. */
export function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same date as the app prints it: 31/03/2021. */
export function italianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
