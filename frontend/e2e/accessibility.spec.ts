import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openDashboard, openObjective } from './support';

test.describe('accessibility (WCAG 2.1 AA, axe)', () => {
  test('the dashboard', async ({ page }) => {
    await openDashboard(page);
    await expectNoAxeViolations(page);
  });

  test('the dashboard in English, filtered, at the final period', async ({ page }) => {
    await openDashboard(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Monitoring period', { exact: true }).selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByLabel('Strategic area', { exact: true }).selectOption({ index: 1 });
    await expect(page).toHaveURL(/ambito=1/);
    await expectNoAxeViolations(page);
  });

  test('an objective page with its charts and an open form', async ({ page }) => {
    await openObjective(page, '1.5');
    await expect(page.getByRole('img', { name: /Diagramma di Gantt/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 1.5, indicatore 2' }).click();
    await expect(page.getByTestId('suggestion')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the page for an unknown address', async ({ page }) => {
    await page.goto('/non-esiste');
    await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the skip link is the first stop and leads to the content', async ({ page }) => {
    await openDashboard(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main-content')).toBeFocused();
  });
});
