import { expect, type APIRequestContext } from '@playwright/test';
import { asAdministrator, structureId } from './support';

/**
 * A closed year of its own for the OIV's review, so that closing its final period leaves the 2021 plan the other
 * files read as it was: the 2018 plan of ARTI, published, whose final period at 31/12/2018 holds objective 1.5 (the
 * active labour-market policies delivered, behind target, with its explanation and evidence) and objective 1.6,
 * and is closed.
 */
export type OivPlan = { planId: number; periodId: number; periodLabel: string; evidenceName: string; evidenceSha256: string };

export const OIV_USER = {
  username: 'oiv.valutatore',
  password: 'e2e-oiv-valutatore-2018',
  displayName: 'Giulia Valutatore',
} as const;

type WithId = { id: number };

export async function createClosedYear(request: APIRequestContext): Promise<OivPlan> {
  const admin = await asAdministrator(request);
  const direzione = await structureId(request, 'DIREZIONE');

  const plan = await admin.post<WithId & { version: number }>('/api/v1/plans', {
    year: 2018,
    title: 'Piano della performance 2018',
  });
  const periodLabel = 'Monitoraggio finale al 31/12/2018';
  const period = await admin.post<WithId>(`/api/v1/plans/${plan.id}/periods`, {
    kind: 'FINAL',
    referenceDate: '2018-12-31',
    label: periodLabel,
  });
  const area = await admin.post<WithId>(`/api/v1/plans/${plan.id}/areas`, {
    number: 1,
    title: 'Politiche per il diritto e la dignità del lavoro',
  });
  const behind = await admin.post<WithId>(`/api/v1/plans/${plan.id}/objectives`, {
    areaId: area.id,
    code: '1.5',
    title: 'Erogazione delle politiche attive del lavoro',
    weight: 60,
    responsibleStructureId: direzione,
  });
  const indicator = await admin.post<WithId>(`/api/v1/objectives/${behind.id}/indicators`, {
    position: 1,
    description: 'Politiche attive erogate sul totale previsto (45.000)',
    kind: 'DIRECT',
    targetValue: 100,
  });
  const other = await admin.post<WithId>(`/api/v1/plans/${plan.id}/objectives`, {
    areaId: area.id,
    code: '1.6',
    title: 'Customer satisfaction dei centri per l’impiego',
    weight: 40,
    responsibleStructureId: direzione,
  });
  await admin.post(`/api/v1/objectives/${other.id}/indicators`, {
    position: 1,
    description: 'Utenti soddisfatti sul totale degli intervistati',
    kind: 'DIRECT',
    targetValue: 79,
  });
  await admin.post(`/api/v1/plans/${plan.id}/publish`, undefined, { 'If-Match': `"${plan.version}"` });
  await admin.put(`/api/v1/indicators/${indicator.id}/results/${period.id}`, {
    enteredValue: 56,
    enteredJustification: 'Dato dei sistemi informativi del lavoro al 31/12/2018',
    assessmentStep: 5,
    deviationExplanation: 'Il sistema informativo è stato sostituito a metà anno: le politiche di giugno sono state registrate in ritardo.',
    correctiveActions: 'Recupero delle registrazioni arretrate entro marzo 2019.',
  });
  const evidenceName = 'politiche-attive-2018.csv';
  const uploaded = await request.post(`/api/v1/indicators/${indicator.id}/results/${period.id}/evidence`, {
    headers: admin.headers,
    multipart: {
      file: { name: evidenceName, mimeType: 'text/csv', buffer: Buffer.from('settore;politiche\nAR-SI;5012\nFI-PO;7488\n') },
    },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const { sha256 } = (await uploaded.json()) as { sha256: string };
  await admin.post(`/api/v1/periods/${period.id}/close`);
  await admin.logout();
  return { planId: plan.id, periodId: period.id, periodLabel, evidenceName, evidenceSha256: sha256 };
}
