import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, openDashboard, openObjective } from './support';

// Read-only, and sorted before the files that edit the 2021 plan: the figures are those of the Allegato A.

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

test.describe('the Gantt chart', () => {
  test("marks 2.3's completed phase on its own row, not on the row of the k-th phase", async ({ page }) => {
    await openObjective(page, '2.3');
    const chart = page.getByTestId('gantt-chart');
    await expect(chart.getByTestId('gantt-actual-end')).toHaveCount(1);
    await expect(chart.getByTestId('gantt-row-1').getByTestId('gantt-actual-end')).toHaveCount(0);
    const mark = chart.getByTestId('gantt-row-2').getByTestId('gantt-actual-end');
    await expect(mark).toHaveAttribute('title', 'Fine effettiva: 03/03/2021');

    // Drawn inside phase 2's row and on its bar (planned 01/02–31/03/2021), where a person looks for it.
    const row = await box(chart.getByTestId('gantt-row-2'));
    const diamond = await box(mark);
    const bar = await box(chart.getByTestId('gantt-row-2').getByTestId('gantt-bar'));
    const centreY = diamond.y + diamond.height / 2;
    const centreX = diamond.x + diamond.width / 2;
    expect(centreY).toBeGreaterThan(row.y);
    expect(centreY).toBeLessThan(row.y + row.height);
    expect(centreX).toBeGreaterThan(bar.x);
    expect(centreX).toBeLessThan(bar.x + bar.width);
    await expect(chart.getByTestId('gantt-row-1')).toHaveAttribute('data-status', 'IN_PROGRESS');
    await expect(chart.getByTestId('gantt-row-2')).toHaveAttribute('data-status', 'COMPLETED');

    // A screen reader hears, on phase 2's item, that it ended on 03/03/2021; phase 1's says nothing of an end.
    const list = page.getByRole('list', { name: /Diagramma di Gantt, Cronoprogramma ARTI 8: 4 fasi, 1 concluse/ });
    await expect(list.getByRole('listitem').nth(1)).toContainText('Fine effettiva 03/03/2021');
    await expect(list.getByRole('listitem').nth(0)).not.toContainText('Fine effettiva');
  });

  test('tells apart the two phases of 1.7, whose descriptions start alike, and keeps their whole text', async ({ page }) => {
    await openObjective(page, '1.7');
    const chart = page.getByTestId('gantt-chart');
    const first = chart.getByTestId('gantt-row-1').locator('.gantt-label');
    const second = chart.getByTestId('gantt-row-2').locator('.gantt-label');
    const shown = async (label: Locator) => (await label.locator('[aria-hidden="true"]').innerText()).trim();
    expect(await shown(first)).not.toEqual(await shown(second));
    expect(await shown(first)).toMatch(/^1 · .*cittadini$/);
    expect(await shown(second)).toMatch(/^2 · .*imprese$/);
    await expect(second).toHaveAttribute('title', 'Adozione del decreto Arti che approva le linee guida dei servizi erogati alle imprese');
    const list = page.getByRole('list', { name: /Diagramma di Gantt/ });
    await expect(list.getByRole('listitem').nth(1)).toContainText(
      'fase 2: Adozione del decreto Arti che approva le linee guida dei servizi erogati alle imprese',
    );
  });

  test("draws each legend swatch in its bars' colour, whatever the first bar's status", async ({ page }) => {
    for (const code of ['2.2', '2.3']) {
      await openObjective(page, code);
      const chart = page.getByTestId('gantt-chart');
      const legend = chart.getByRole('list', { name: 'Legenda del diagramma' });
      const statuses = await chart.locator('[data-status]').evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-status')!))]);
      expect(statuses.length).toBeGreaterThan(1);
      for (const status of statuses) {
        const swatch = legend.getByTestId(`gantt-legend-${status}`).locator('.gantt-swatch');
        const bar = chart.locator(`[data-status="${status}"]`).first().getByTestId('gantt-bar');
        const colour = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(await colour(swatch), `${code} ${status}`).toBe(await colour(bar));
      }
    }
    await expect(page.getByTestId('gantt-legend-LATE')).toHaveCount(0);
    await openObjective(page, '2.2');
    await expect(page.getByTestId('gantt-legend-LATE')).toContainText('Fase in ritardo');
    await expect(page.getByTestId('gantt-row-1').locator('.gantt-label')).toContainText('(in ritardo)');
  });
});

test.describe('the values and notes of the Allegato A on screen', () => {
  test('shows "–" for a timeline no phase of which has progressed (1.1, 1.3), not 0,00% beside a green assessment', async ({ page }) => {
    await openDashboard(page);
    for (const code of ['1.1', '1.3']) {
      const card = page.getByTestId(`objective-${code}`);
      await expect(card.getByTestId(/^value-used-/)).toHaveText('–');
      await expect(card.getByText('nessuna fase avanzata').first()).toBeVisible();
      // What is on screen (a closed disclosure's computed 0,00% is not).
      const row = card.getByTestId(/^indicator-/);
      expect(await row.evaluate((element) => (element as HTMLElement).innerText)).not.toMatch(/(?<!\d)0,00%/);
      await expect(card.getByText('3 · secondo le aspettative')).toBeVisible();
    }
    // A timeline that has progressed keeps its figure: 2.3's phase 2 (5%) ended.
    await expect(page.getByTestId('objective-2.3').getByTestId(/^value-used-/)).toHaveText('5,00%');
  });

  test("opens 1.5's notes and data source in place, by keyboard, without any form", async ({ page }) => {
    await openObjective(page, '1.5');
    const toggle = page.getByRole('button', { name: 'Note e fonte dei dati Obiettivo 1.5, indicatore 2' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText('Nel corso del primo semestre sono stati erogati 37.787 colloqui online')).toHaveCount(0);

    await toggle.focus();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('button', { name: 'Nascondi note e fonte Obiettivo 1.5, indicatore 2' });
    await expect(opened).toHaveAttribute('aria-expanded', 'true');
    const notes = page.locator(`#${await opened.getAttribute('aria-controls')}`);
    await expect(notes).toBeVisible();
    await expect(notes.getByTestId(/-monitoringNote$/)).toHaveText('Nel corso del primo semestre sono stati erogati 37.787 colloqui online');
    await expect(notes.getByTestId(/-planningNote$/)).toHaveText('Nel 2021 si prevede di erogare 20.000 colloqui');
    await expect(notes.getByTestId(/-dataSource$/)).toHaveText('Direzione');
    await expect(page.getByRole('heading', { name: /Aggiorna/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.locator('tbody').filter({ has: notes }).screenshot({ path: 'docs/screenshots/indicator-notes.png', animations: 'disabled' });

    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(notes).toBeHidden();
  });

  test('opens the notes from the dashboard too', async ({ page }) => {
    await openDashboard(page);
    const card = page.getByTestId('objective-1.5');
    await card.getByRole('button', { name: 'Note e fonte dei dati Obiettivo 1.5, indicatore 2' }).click();
    await expect(card.getByText('Nel corso del primo semestre sono stati erogati 37.787 colloqui online')).toBeVisible();
  });
});
