import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, type Account } from './accounts';

/** Runs axe with the WCAG 2.1 A and AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Opens the dashboard and waits for the report to be on screen. */
export async function openDashboard(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('plan-score')).toBeVisible();
}

/** Opens an objective from the dashboard by its code, as a person would. */
export async function openObjective(page: Page, code: string) {
  await openDashboard(page);
  await page.getByTestId(`objective-${code}`).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

/** Signs in through the API, as the login page does: the session cookie lands in the page's browser context. */
export async function signIn(page: Page, account: Account = ADMIN) {
  const response = await page.request.post('/api/v1/auth/login', { data: account });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs in through the login page, from wherever the page is. */
export async function signInWithTheForm(page: Page, account: Account = ADMIN) {
  const form = page.getByRole('form', { name: 'Accedi' });
  await form.getByLabel('Nome utente').fill(account.username);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Accedi' }).click();
}

export type NewUser = Account & {
  displayName: string;
  role: 'ADMINISTRATOR' | 'EDITOR' | 'VIEWER' | 'OIV' | 'REGIONAL';
  structures?: string[];
  email?: string;
};

/** Creates a user through the API as the administrator, in a request context of its own. */
export async function createUser(request: APIRequestContext, user: NewUser) {
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await request.post('/api/v1/users', { data: user, headers: { 'Csrf-Token': csrfToken } });
  expect(created.status(), await created.text()).toBe(201);
  await request.post('/api/v1/auth/logout', { headers: { 'Csrf-Token': csrfToken } });
}

/**
 * Runs the axe rules about the page's outline and keyboard reach that the WCAG tags leave out (heading-order is a
 * best practice) or that matter most on narrow screens, and fails on any violation.
 */
export async function expectNoOutlineViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['heading-order', 'scrollable-region-focusable']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Opens an objective's page directly by its code, through the report (no dashboard click). */
export async function objectiveId(page: Page, code: string): Promise<number> {
  const response = await page.request.get('/api/v1/plans');
  const plans = (await response.json()) as { items: { id: number; year: number }[] };
  const plan = plans.items.find((p) => p.year === 2021)!;
  const report = (await (await page.request.get(`/api/v1/plans/${plan.id}/report`)).json()) as {
    areas: { objectives: { id: number; code: string }[] }[];
  };
  return report.areas.flatMap((area) => area.objectives).find((objective) => objective.code === code)!.id;
}

/**
 * The administrator signed in through the API in a request context of its own, for fixtures: `post` and `put` fail
 * the test on any answer from 300 up, naming the path and the problem, and return the answer's JSON.
 */
export async function asAdministrator(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'Csrf-Token': csrfToken };
  const send =
    (method: 'post' | 'put') =>
    async <T>(path: string, data?: unknown, extra: Record<string, string> = {}): Promise<T> => {
      const response = await request[method](path, { data, headers: { ...headers, ...extra } });
      expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
      return (await response.json()) as T;
    };
  return { headers, post: send('post'), put: send('put'), logout: () => request.post('/api/v1/auth/logout', { headers }) };
}

/** The id of one of the organisation's structures, by its code (DIREZIONE, RPCT…). */
export async function structureId(request: APIRequestContext, code: string): Promise<number> {
  const structures = (await (await request.get('/api/v1/organisations/ARTI/structures')).json()) as {
    items: { id: number; code: string }[];
  };
  return structures.items.find((s) => s.code === code)!.id;
}
