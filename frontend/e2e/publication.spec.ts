import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN } from './accounts';
import { expectNoAxeViolations } from './support';

/** Signs the administrator in within a request context of its own; returns the session's CSRF token. */
async function asAdministrator(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.status(), await login.text()).toBe(200);
  return ((await login.json()) as { csrfToken: string }).csrfToken;
}

async function interimPeriodOf2021(request: APIRequestContext): Promise<{ planId: number; periodId: number }> {
  const plans = (await (await request.get('/api/v1/plans?year=2021')).json()) as { items: { id: number }[] };
  const planId = plans.items[0].id;
  const periods = (await (await request.get(`/api/v1/plans/${planId}/periods`)).json()) as {
    items: { id: number; kind: string }[];
  };
  return { planId, periodId: periods.items.find((p) => p.kind === 'INTERIM')!.id };
}

test.describe('Amministrazione trasparente › Performance', () => {
  test('lists no period of the 2021 plan until one is closed, then its Allegato A and open data, for anonymous visitors', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.slow();
    // An anonymous visitor reaches the page from the footer, without signing in.
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Amministrazione trasparente › Performance' }).click();
    await expect(page).toHaveURL(/\/trasparenza\/performance$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amministrazione trasparente › Performance');
    await expect(page.getByRole('navigation', { name: 'Percorso' })).toContainText('Amministrazione trasparente');
    // Other files close periods of plans of their own (2017, 2018): the 2021 plan is listed only once one of its
    // periods is closed.
    await expect(page.getByRole('region', { name: 'Piano della performance 2021' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const admin = await playwright.request.newContext({ baseURL });
    const csrf = await asAdministrator(admin);
    const { planId, periodId } = await interimPeriodOf2021(admin);
    const closed = await admin.post(`/api/v1/periods/${periodId}/close`, { headers: { 'Csrf-Token': csrf } });
    expect(closed.status(), await closed.text()).toBe(200);
    try {
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: 'Piano della performance 2021' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: 'Monitoraggio intermedio al 30/06/2021' })).toBeVisible();
      // Other files close periods of plans of their own: everything below is looked for within the 2021 plan's part.
      const plan2021 = page.getByRole('region', { name: 'Piano della performance 2021' });
      await expect(
        plan2021.getByText(/pubblicato il \d{2}\/\d{2}\/\d{4} · ultima modifica il \d{2}\/\d{2}\/\d{4}/),
      ).toBeVisible();

      const allegato = plan2021.getByRole('table', { name: 'Allegato A – Monitoraggio intermedio al 30/06/2021' });
      for (const format of ['PDF', 'XLSX', 'ODS', 'CSV']) {
        await expect(allegato.getByRole('link', { name: new RegExp(`formato ${format}$`) })).toHaveAttribute(
          'href',
          `/api/v1/plans/${planId}/allegato-a?periodId=${periodId}&format=${format.toLowerCase()}`,
        );
      }
      const openData = plan2021.getByRole('table', { name: /Dati aperti: valori degli indicatori/ });
      const csvLink = openData.getByRole('link', { name: /formato CSV$/ });
      await expect(openData.getByRole('link', { name: /formato JSON$/ })).toBeVisible();
      await expect(openData.getByRole('link', { name: /formato ODS$/ })).toBeVisible();
      await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute(
        'href',
        'https://creativecommons.org/licenses/by/4.0/',
      );

      // The files download anonymously: the page's own context never signed in.
      const csv = await page.request.get((await csvLink.getAttribute('href'))!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect((await csv.text()).split('\r\n')[0]).toContain('objectiveCode,objectiveTitle');
      const pdf = await page.request.get(
        (await allegato.getByRole('link', { name: /formato PDF$/ }).getAttribute('href'))!,
      );
      expect(pdf.status()).toBe(200);
      const catalogLink = page.getByRole('link', { name: /Catalogo DCAT-AP_IT dei dati aperti \(Turtle\)/ });
      const catalog = await page.request.get((await catalogLink.getAttribute('href'))!);
      expect(catalog.status()).toBe(200);
      expect(catalog.headers()['content-type']).toContain('text/turtle');
      expect(await catalog.text()).toContain(`dct:identifier "ARTI:${periodId}"`);

      await expectNoAxeViolations(page);
    } finally {
      // The files after this one expect the interim period open.
      const reopened = await admin.post(`/api/v1/periods/${periodId}/reopen`, {
        headers: { 'Csrf-Token': csrf },
        data: { reason: 'Ripristino dopo la verifica della pagina di trasparenza' },
      });
      expect(reopened.status(), await reopened.text()).toBe(200);
      await admin.dispose();
    }
  });
});
