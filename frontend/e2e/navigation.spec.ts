import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoOutlineViolations, objectiveId, openDashboard, signIn } from './support';

test.describe('opening pages and moving between them', () => {
  test('every page opens at its top with the header and "Accedi" in view', async ({ page }) => {
    for (const path of ['/', `/obiettivi/${await objectiveId(page, '1.5')}`, '/accesso']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      // Give a late focus move the time to happen before looking.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY), path).toBe(0);
      await expect(page.getByText("Agenzia Regionale Toscana per l'Impiego").first()).toBeInViewport();
    }
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Accedi' })).toBeInViewport({ ratio: 1 });
  });

  test('following a link starts the keyboard at the new content, with the page at its top', async ({ page }) => {
    await openDashboard(page);
    const link = page.getByTestId('objective-4.4').getByRole('link').first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('4.4');
    await expect(page.locator('#main-content')).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 1000 }).toBe(0);
  });

  test('a missing objective offers the way back to the dashboard, not "Riprova"', async ({ page }) => {
    await page.goto('/obiettivi/999999');
    await expect(page.getByRole('heading', { level: 1, name: 'Obiettivo non trovato' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Riprova' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Torna al cruscotto' }).click();
    await expect(page.getByTestId('plan-score')).toBeVisible();
  });

  test('a missing plan offers the way back too', async ({ page }) => {
    await page.goto('/piani/999999');
    await expect(page.getByRole('link', { name: 'Torna al cruscotto' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Riprova' })).toHaveCount(0);
  });
});

test.describe('administration details', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test("asks in the design system's dialog: focus inside, Escape cancels, nothing deleted", async ({ page }) => {
    let browserDialog = false;
    page.on('dialog', (dialog) => {
      browserDialog = true;
      void dialog.dismiss();
    });
    await page.goto('/amministrazione');
    const trigger = page.getByRole('button', { name: 'Elimina ambito 1' });
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: "Confermi l'eliminazione?" });
    await expect(dialog).toContainText("Eliminare l'ambito 1?");
    await expect(dialog.getByRole('button', { name: 'Annulla' })).toBeFocused();
    await expectNoAxeViolations(page);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(trigger).toBeFocused();
    await expect(page.getByRole('button', { name: 'Elimina ambito 1' })).toBeVisible();
    expect(browserDialog).toBe(false);
  });

  test("the history panel's heading follows the page's outline", async ({ page }) => {
    await page.goto(`/obiettivi/${await objectiveId(page, '1.7')}`);
    await page.getByRole('button', { name: "Cronologia dell'obiettivo 1.7" }).click();
    await expect(page.getByRole('heading', { level: 2, name: "Cronologia dell'obiettivo 1.7" })).toBeFocused();
    await expectNoOutlineViolations(page);
    await page.getByRole('button', { name: 'Cronologia fase 1' }).click();
    await expect(page.getByRole('heading', { level: 3, name: /Cronologia della fase 1/ })).toBeFocused();
    await expectNoOutlineViolations(page);
  });

  test('at 1366 px the row buttons stay whole inside their cells', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const code of ['1.5', '2.3']) {
      await page.goto(`/obiettivi/${await objectiveId(page, code)}`);
      await expect(page.getByRole('button', { name: /^Cronologia Obiettivo/ }).first()).toBeVisible();
      const clipped = await page.locator('td button').evaluateAll((buttons) =>
        buttons
          .filter((button) => {
            const cell = button.closest('td')!.getBoundingClientRect();
            const own = button.getBoundingClientRect();
            return own.right > cell.right + 0.5 || own.left < cell.left - 0.5 || button.scrollWidth > button.clientWidth;
          })
          .map((button) => button.textContent),
      );
      expect(clipped, code).toEqual([]);
    }
  });
});
