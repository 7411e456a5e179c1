import { expect, test, type Page } from '@playwright/test';
import { openDashboard, openObjective } from '../e2e/support';
import { KEYCLOAK, setPassword, type RealmUser } from './keycloak';

// People of keycloak/perfmon-realm.json: an editor of the Direzione's objectives and a viewer.
const EDITOR: RealmUser = { username: 'editor.direzione', password: 'e2e-oidc-direzione-2021' };
const VIEWER: RealmUser = { username: 'lettore', password: 'e2e-oidc-lettore-2021' };

test.beforeAll(async () => {
  await setPassword(EDITOR);
  await setPassword(VIEWER);
});

/** From the web app's login page to Keycloak's, filled in as a person would; back in the app afterwards. */
async function signInAtKeycloak(page: Page, user: RealmUser) {
  await page.getByRole('button', { name: "Accedi con le credenziali dell'ente" }).click();
  await expect(page).toHaveURL(new RegExp(`^${KEYCLOAK.url}/realms/${KEYCLOAK.realm}/protocol/openid-connect/auth\\?`));
  await page.getByLabel('Nome utente o email').fill(user.username);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page).not.toHaveURL(/\/accesso\/callback/);
}

/** The tokens Keycloak gave the page, as the web app keeps them (oidc-client-ts, in the tab's session storage). */
function storedUser(page: Page): Promise<string | null> {
  const key = `oidc.user:${KEYCLOAK.url}/realms/${KEYCLOAK.realm}:perfmon-web`;
  return page.evaluate((k) => sessionStorage.getItem(k), key);
}

async function accessTokenOf(page: Page): Promise<string> {
  const stored = await storedUser(page);
  expect(stored, 'no signed-in user in the session storage').not.toBeNull();
  return (JSON.parse(stored!) as { access_token: string }).access_token;
}

function objectiveIdOf(page: Page): number {
  return Number(new URL(page.url()).pathname.split('/').at(-1));
}

test('an editor of Direzione signs in at Keycloak, updates a phase of 1.1, may not edit 4.4 of RPCT, and signs out', async ({
  page,
}) => {
  await openObjective(page, '1.1');
  await expect(page.getByRole('button', { name: 'Aggiorna fase 1' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Accedi per modificare' }).click();
  await signInAtKeycloak(page, EDITOR);

  await expect(page.getByRole('heading', { level: 1 })).toContainText('1.1');
  const menu = page.getByTestId('user-menu');
  await expect(menu).toContainText('Diana Direzione');
  await menu.click();
  await expect(page.getByText('Ruolo: Redattore')).toBeVisible();
  await expect(page.getByText('Strutture: DIREZIONE')).toBeVisible();
  await menu.click();

  await page.getByRole('button', { name: 'Aggiorna fase 1' }).click();
  const editor = page.locator('#phase-editor');
  await editor.getByLabel('Fine effettiva').fill('2021-05-20');
  await editor.getByLabel('Fonte del dato').fill('Decreto Arti n. 180 del 20/05/2021');
  await editor.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('Fase 1 aggiornata.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^1 / }).getByText('conclusa')).toBeVisible();

  // Saved in the backend, and still signed in after a reload (the token is kept in the tab).
  await page.reload();
  await expect(page.getByRole('row', { name: /^1 / }).getByText('conclusa')).toBeVisible();
  await expect(menu).toContainText('Diana Direzione');

  await openObjective(page, '4.4');
  await expect(page.getByText(/Possono aggiornare questo obiettivo gli amministratori e i redattori della struttura/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aggiorna/ })).toHaveCount(0);
  // The backend refuses the same token too, whatever the page shows.
  const token = await accessTokenOf(page);
  const indicators = await page.request.get(`/api/v1/objectives/${objectiveIdOf(page)}/indicators`);
  const indicatorId = ((await indicators.json()) as { items: { id: number }[] }).items[0].id;
  const periods = await page.request.get(`/api/v1/plans/${await planIdOf(page)}/periods`);
  const periodId = ((await periods.json()) as { items: { id: number }[] }).items[0].id;
  const refused = await page.request.put(`/api/v1/indicators/${indicatorId}/results/${periodId}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { monitoringNote: 'Tentativo di Direzione su un obiettivo RPCT' },
  });
  expect(refused.status(), await refused.text()).toBe(403);

  await menu.click();
  await page.getByRole('button', { name: 'Esci' }).click();
  await expect(page.getByText('Sei uscito dal servizio.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Accedi', exact: true })).toBeVisible();
  expect(await storedUser(page)).toBeNull();

  // Signed out of Keycloak too: signing in again asks for the password instead of coming straight back.
  await page.getByRole('link', { name: 'Accedi', exact: true }).click();
  await page.getByRole('button', { name: "Accedi con le credenziali dell'ente" }).click();
  await expect(page.getByLabel('Nome utente o email')).toBeVisible();
});

async function planIdOf(page: Page): Promise<number> {
  const objective = await page.request.get(`/api/v1/objectives/${objectiveIdOf(page)}`);
  return ((await objective.json()) as { planId: number }).planId;
}

test('a viewer signs in at Keycloak and may change nothing', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('link', { name: 'Accedi', exact: true }).click();
  await signInAtKeycloak(page, VIEWER);

  await expect(page.getByTestId('plan-score')).toBeVisible();
  const menu = page.getByTestId('user-menu');
  await expect(menu).toContainText('Luca Lettore');
  await menu.click();
  await expect(page.getByText('Ruolo: Lettore')).toBeVisible();

  await openObjective(page, '1.1');
  await expect(page.getByRole('button', { name: 'Cronologia fase 1' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aggiorna/ })).toHaveCount(0);
  const phases = await page.request.get(`/api/v1/objectives/${objectiveIdOf(page)}/phases`);
  const phaseId = ((await phases.json()) as { items: { id: number }[] }).items[0].id;
  const refused = await page.request.put(`/api/v1/phases/${phaseId}/progress`, {
    headers: { Authorization: `Bearer ${await accessTokenOf(page)}`, 'If-Match': '"0"' },
    data: { monitoringNote: 'Tentativo di un lettore' },
  });
  expect(refused.status(), await refused.text()).toBe(403);
});
