import { expect, test } from '@playwright/test';
import { openDashboard, openObjective, signIn } from './support';

test.describe('dashboard', () => {
  test('shows the 2021 plan at 30/06/2021 with the remote interviews at 188,94% and the 1.2 override at 30,00%', async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2021');
    await expect(page.getByTestId('period-label')).toHaveText('Monitoraggio intermedio al 30/06/2021');

    const remote = page.getByRole('row', { name: /Numero colloqui erogati attraverso i servizi a distanza/ });
    await expect(remote.getByTestId(/^value-used-/)).toHaveText('188,94%');
    await expect(remote.getByText('calcolato', { exact: true })).toBeVisible();

    const override = page.getByTestId('objective-1.2');
    await expect(override.getByTestId(/^value-used-/)).toHaveText('30,00%');
    await expect(override.getByText('inserito', { exact: true })).toBeVisible();
    await override.getByText('Calcolato e inserito').click();
    await expect(override.getByTestId(/^value-computed-/)).toHaveText('15,00%');

    await expect(page.getByTestId('plan-score')).toHaveText(/\d+,\d\d%/);
    await expect(page.getByText(/La somma dei pesi è 77,00%/)).toBeVisible();
  });

  test('saves a screenshot of the dashboard for the README', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1500 });
    await openDashboard(page);
    await page.screenshot({ path: 'docs/dashboard.png', animations: 'disabled' });
  });

  test('keeps the filters in the address', async ({ page }) => {
    await openDashboard(page);
    await page.getByLabel('Responsabile attuazione').selectOption({ label: 'RPCT' });
    await expect(page).toHaveURL(/struttura=RPCT/);
    await expect(page.getByTestId('objective-count')).toHaveText('1 obiettivo mostrato su 15');
    await page.reload();
    await expect(page.getByTestId('objective-4.4')).toBeVisible();
    await expect(page.getByTestId('objective-1.2')).toHaveCount(0);
    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    await expect(page.getByTestId('objective-count')).toHaveText('15 obiettivi mostrati su 15');
  });

  test('switches to another period with its own address', async ({ page }) => {
    await openDashboard(page);
    await page.getByLabel('Periodo di monitoraggio', { exact: true }).selectOption({ label: 'Monitoraggio finale al 31/12/2021' });
    await page.getByRole('button', { name: 'Mostra' }).click();
    await expect(page).toHaveURL(/\/piani\/\d+\/periodi\/\d+$/);
    await expect(page.getByTestId('period-label')).toHaveText('Monitoraggio finale al 31/12/2021');
    await page.reload();
    await expect(page.getByTestId('period-label')).toHaveText('Monitoraggio finale al 31/12/2021');
  });

  test('says what the backend computed in English too: weight warnings, baselines and suggestion reasons', async ({ page }) => {
    await signIn(page);
    await openDashboard(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText(/The weights sum to 77,00%/)).toBeVisible();
    await expect(page.getByText(/La somma dei pesi/)).toHaveCount(0);
    await expect(page.getByText('2020 figure').first()).toBeVisible();
    await expect(page.getByText('dato 2020')).toHaveCount(0);

    await openObjective(page, '3.1');
    await page.getByRole('button', { name: 'Update Objective 3.1, indicator 1' }).click();
    const suggestion = page.locator('#result-editor').getByTestId('suggestion');
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('Achieved value');
    await expect(suggestion).not.toContainText('Valore conseguito');
  });

  test('speaks English on request and remembers it', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Plan score' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Plan score' })).toBeVisible();
    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(page.getByRole('heading', { name: 'Punteggio del piano' })).toBeVisible();
  });
});
