import { expect, test } from '@playwright/test';
import { ADMIN } from './accounts';
import { createUser, openObjective, signIn, signInWithTheForm } from './support';

test.describe('signing in and out', () => {
  test('signs in from an objective, comes back to it with the actions, and signs out', async ({ page }) => {
    await openObjective(page, '1.7');
    await expect(page.getByRole('button', { name: 'Aggiorna fase 2' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Accedi per modificare' }).click();
    await expect(page).toHaveURL(/\/accesso\?da=%2Fobiettivi%2F\d+/);

    await signInWithTheForm(page, { username: ADMIN.username, password: 'non-e-la-password' });
    await expect(page.getByRole('alert')).toContainText('Nome utente o password non corretti');
    await expect(page.getByLabel('Password')).toHaveValue('');

    await signInWithTheForm(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('1.7');
    await expect(page.getByRole('button', { name: 'Aggiorna fase 2' })).toBeVisible();

    const menu = page.getByTestId('user-menu');
    await menu.click();
    await expect(page.getByText('Ruolo: Amministratore')).toBeVisible();
    await page.getByRole('button', { name: 'Esci' }).click();
    await expect(page.getByText('Sei uscito dal servizio.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accedi', exact: true })).toBeVisible();
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
  });

  test('sends a user whose session ended to the login page and back, keeping the page', async ({ page, context }) => {
    await signIn(page);
    await openObjective(page, '2.2');
    const address = new URL(page.url());
    await page.getByRole('button', { name: 'Aggiorna fase 1' }).click();
    await expect(page.locator('#phase-editor').getByLabel('Nota di monitoraggio')).toBeEditable();

    await context.clearCookies();
    await page.locator('#phase-editor').getByRole('button', { name: 'Salva' }).click();
    await expect(page).toHaveURL(/\/accesso\?da=/);
    await expect(page.getByText(/La sessione è scaduta/)).toBeVisible();

    await signInWithTheForm(page);
    await expect(page).toHaveURL(`${address.pathname}${address.search}`);
    await expect(page.getByRole('button', { name: 'Aggiorna fase 1' })).toBeVisible();
  });

  test('an RPCT editor sees no edit action on objective 1.2 (Direzione) but updates 4.4', async ({ page, request }) => {
    const editor = { username: 'r.bianchi', password: 'rpct-password-2021' };
    await createUser(request, { ...editor, displayName: 'Rita Bianchi', role: 'EDITOR', structures: ['RPCT'] });
    await page.goto('/accesso');
    await signInWithTheForm(page, editor);
    await expect(page.getByTestId('plan-score')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gestione del piano' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Utenti' })).toHaveCount(0);

    await openObjective(page, '1.2');
    await expect(page.getByText(/gli amministratori e i redattori della struttura Direzione/)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Aggiorna/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Cronologia fase 1' })).toBeVisible();

    await openObjective(page, '4.4');
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 4.4, indicatore 1' }).click();
    const editor4 = page.locator('#result-editor');
    await editor4.getByLabel('Nota di monitoraggio').fill('Pubblicazione verificata dal RPCT');
    await editor4.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(page.getByText('Risultato salvato: Obiettivo 4.4, indicatore 1.')).toBeVisible();
  });
});
