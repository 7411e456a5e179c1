import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoOutlineViolations, objectiveId, openDashboard, signIn } from './support';

const PHONE = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

// Read-only; sorted before the files that edit the 2021 plan, so that 1.5's figure is the Allegato's.
test.describe('on a phone (390×844)', () => {
  test.use({ viewport: PHONE });

  test('the dashboard fits the screen, shows 188,94% without swiping and keeps "Accedi" in the header', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('link', { name: 'Accedi' })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page);

    const value = page.getByTestId('objective-1.5').getByTestId(/^value-used-/).filter({ hasText: '188,94%' });
    await value.scrollIntoViewIfNeeded();
    await expect(value).toBeInViewport({ ratio: 1 });
    const box = (await value.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // One card per indicator: its figures are labelled, as the table's columns were.
    const card = page.getByTestId('objective-1.5').getByRole('listitem').filter({ hasText: '188,94%' });
    await expect(card.getByText('Valore conseguito')).toBeVisible();
    await expect(card.getByText('Target', { exact: true })).toBeVisible();

    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);
    // The README shows the cards: objective 1.5's second indicator, at 188,94%. (bootstrap-italia scrolls smoothly.)
    await card.evaluate((element) => element.scrollIntoView({ behavior: 'instant', block: 'center' }));
    await expect(value).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'docs/screenshots/dashboard-phone.png', animations: 'disabled' });
  });

  test("an objective's page fits, and its Gantt chart fits with month labels that do not overlap", async ({ page }) => {
    await page.goto(`/obiettivi/${await objectiveId(page, '2.3')}`);
    const chart = page.getByTestId('gantt-chart');
    await expect(chart).toBeVisible();
    await expectNoSidewaysScroll(page);
    const frame = (await chart.boundingBox())!;
    expect(frame.x + frame.width).toBeLessThanOrEqual(PHONE.width);

    const ticks = await chart.locator('.gantt-tick').evaluateAll((elements) =>
      elements
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map((rect) => ({ left: rect.left, right: rect.right })),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].left).toBeGreaterThanOrEqual(ticks[i - 1].right);
    expect(ticks[ticks.length - 1].right).toBeLessThanOrEqual(PHONE.width);

    // The phases' table is wider than a phone: it scrolls in a named frame the keyboard reaches, and says so.
    const phases = page.getByRole('region', { name: 'Fasi del cronoprogramma' });
    await expect(phases).toHaveAttribute('tabindex', '0');
    await expect(page.getByText('Scorri la tabella in orizzontale per vedere tutte le colonne.').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);
  });

  test("1.5's page, signed in with its forms, fits", async ({ page }) => {
    await signIn(page);
    await page.goto(`/obiettivi/${await objectiveId(page, '1.5')}`);
    await expect(page.getByTestId('gantt-chart')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aggiorna Obiettivo 1.5, indicatore 2' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);
  });

  test('the administration pages fit', async ({ page }) => {
    await signIn(page);
    for (const [path, heading] of [
      ['/amministrazione', /Piano della performance 2021/],
      ['/amministrazione/utenti', 'Utenti'],
      ['/amministrazione/token', 'Token API'],
      ['/amministrazione/importa', "Importa l'Allegato A"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await expectNoOutlineViolations(page);
    }
  });
});

test.describe('on a desktop (1280×900)', () => {
  test('the pages touched keep their outline and keyboard reach', async ({ page }) => {
    await signIn(page);
    await openDashboard(page);
    await expectNoOutlineViolations(page);
    // Tables that fit add no tab stop.
    await expect(page.locator('.table-responsive[tabindex]')).toHaveCount(0);
    await page.goto(`/obiettivi/${await objectiveId(page, '1.5')}`);
    await expect(page.getByTestId('gantt-chart')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);
  });
});
