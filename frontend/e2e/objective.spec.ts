import { expect, test } from '@playwright/test';
import { openObjective } from './support';

test.describe('objective page', () => {
  test('shows indicators, the timeline as a Gantt chart and the counts against the pro-rata line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openObjective(page, '1.5');
    await expect(page).toHaveURL(/\/obiettivi\/\d+\?periodo=\d+$/);
    await expect(page.getByRole('list', { name: /Diagramma di Gantt/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Valore cumulato a giugno 2021: 188,94%; Atteso pro rata a giugno 2021: 49,59%/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Fasi del cronoprogramma' })).toBeVisible();
    await page.screenshot({ path: 'docs/objective.png', fullPage: true, animations: 'disabled' });
  });

  test('shows the counts of the remote interviews by month and unit, and who posted them', async ({ page }) => {
    await openObjective(page, '1.5');
    const table = page.getByRole('table', { name: /^Obiettivo 1\.5, indicatore 2: .* per mese e per settore territoriale$/ });
    await expect(table.getByRole('row', { name: /giugno 2021/ })).toContainText('37.787');
    await expect(page.getByText(/ciascuno è riportato nel mese in cui termina il suo periodo/).first()).toBeVisible();
    const panel = page.getByRole('region', { name: 'Obiettivo 1.5, indicatore 2: conteggi nel tempo' });
    await panel.getByText('Conteggi inviati e chi li ha inviati').click();
    await expect(page.getByRole('table', { name: 'Obiettivo 1.5, indicatore 2: conteggi inviati' }).getByRole('columnheader', { name: 'Inviato da' })).toBeVisible();
  });

  test('marks late phases in the table and in the chart', async ({ page }) => {
    await openObjective(page, '2.2');
    const late = page.locator('tr.phase-late');
    await expect(late.first()).toBeVisible();
    await expect(late.first().getByText('in ritardo')).toBeVisible();
    await expect(page.getByRole('list', { name: /in ritardo al 30\/06\/2021/ })).toBeVisible();
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
