import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openDashboard, openObjective, signIn, signInWithTheForm } from './support';

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
    await signIn(page);
    await openObjective(page, '1.5');
    await expect(page.getByRole('list', { name: /Diagramma di Gantt/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Valore cumulato a giugno 2021/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /ripartizione per settore territoriale/ }).first()).toBeAttached();
    await page.getByText('Conteggi inviati e chi li ha inviati').first().click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 1.5, indicatore 2' }).click();
    await expect(page.getByTestId('suggestion')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the login page, with a refusal shown', async ({ page }) => {
    await page.goto('/accesso');
    await expectNoAxeViolations(page);
    await signInWithTheForm(page, { username: 'nessuno', password: 'password-sbagliata' });
    await expect(page.getByRole('alert')).toContainText('Nome utente o password non corretti');
    await expectNoAxeViolations(page);
  });

  test('the users page with an account open for editing', async ({ page }) => {
    await signIn(page);
    await page.goto('/amministrazione/utenti');
    await expect(page.getByRole('heading', { level: 1, name: 'Utenti' })).toBeVisible();
    await page.getByLabel('Ruolo').selectOption({ label: 'Redattore' });
    await expect(page.getByRole('group', { name: 'Strutture responsabili' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Modifica admin' }).click();
    await expect(page.getByRole('heading', { name: "Modifica l'utente admin" })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('the tokens page with the form for counts:write', async ({ page }) => {
    await signIn(page);
    await page.goto('/amministrazione/token');
    await expect(page.getByRole('heading', { level: 1, name: 'Token API' })).toBeVisible();
    await page.getByText(/^counts:write/).click();
    await expect(page.getByRole('group', { name: 'Indicatori', exact: true })).toBeVisible();
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
