import { expect, test } from '@playwright/test';
import { openObjective } from './support';

test.describe('objective page', () => {
  test('shows indicators, the timeline as a Gantt chart and the ratio against its pro-rata line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openObjective(page, '1.5');
    await expect(page).toHaveURL(/\/obiettivi\/\d+\?periodo=\d+$/);
    await expect(page.getByRole('img', { name: /Diagramma di Gantt/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Valore al 30\/06\/2021: 188,94%; Atteso pro rata al 30\/06\/2021: 49,59%/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Fasi del cronoprogramma' })).toBeVisible();
    await expect(page.getByText('37.787 (Numero colloqui erogati attraverso i servizi a distanza) su 20.000')).toBeVisible();
    await page.screenshot({ path: 'docs/objective.png', fullPage: true, animations: 'disabled' });
  });

  test('marks late phases in the table and in the chart', async ({ page }) => {
    await openObjective(page, '2.2');
    const late = page.locator('tr.phase-late');
    await expect(late.first()).toBeVisible();
    await expect(late.first().getByText('in ritardo')).toBeVisible();
    await expect(page.getByRole('img', { name: /in ritardo al 30\/06\/2021/ })).toBeVisible();
  });

  test('switches period and keeps it in the address', async ({ page }) => {
    await openObjective(page, '1.2');
    await page.getByLabel('Periodo di monitoraggio', { exact: true }).selectOption({ label: 'Monitoraggio finale al 31/12/2021' });
    await page.getByRole('button', { name: 'Mostra' }).click();
    await expect(page.getByTestId('period-label')).toHaveText('Monitoraggio finale al 31/12/2021');
    const periodo = new URL(page.url()).searchParams.get('periodo');
    expect(periodo).not.toBeNull();
  });
});
