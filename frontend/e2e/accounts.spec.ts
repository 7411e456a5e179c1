import { expect, test } from '@playwright/test';
import { signIn } from './support';

test.describe('users and tokens, for administrators', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('creates an editor, changes role and password, suspends and deletes the account', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Utenti' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Utenti' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Nuovo utente' });
    await form.getByLabel('Nome utente').fill('l.neri');
    await form.getByLabel('Nome e cognome').fill('Luca Neri');
    await form.getByLabel('Password').fill('corta');
    await form.getByLabel('Ruolo').selectOption({ label: 'Redattore' });
    await form.getByRole('button', { name: "Crea l'utente" }).click();
    await expect(form.getByLabel('Password')).toHaveAccessibleDescription(/Almeno 12 caratteri/);
    await expect(form.getByText('Scegli almeno una struttura per un redattore')).toBeVisible();

    await form.getByLabel('Password').fill('password-di-luca-2021');
    // bootstrap-italia draws its own check boxes over the labels: people, and so the tests, click those.
    await form.getByText('Direzione', { exact: true }).click();
    await form.getByRole('button', { name: "Crea l'utente" }).click();
    await expect(page.getByText('Utente l.neri creato.')).toBeVisible();
    const row = page.getByTestId('user-l.neri');
    await expect(row).toContainText('Redattore');
    await expect(row).toContainText('Direzione');

    await row.getByRole('button', { name: 'Modifica l.neri' }).click();
    const edit = page.getByRole('form', { name: "Modifica l'utente l.neri" });
    await edit.getByLabel('Ruolo').selectOption({ label: 'Lettore' });
    await edit.getByLabel('Nuova password').fill('nuova-password-di-luca');
    await edit.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByText('Utente l.neri salvato.')).toBeVisible();
    await expect(row).toContainText('Lettore');
    const login = await request.post('/api/v1/auth/login', { data: { username: 'l.neri', password: 'nuova-password-di-luca' } });
    expect(login.status()).toBe(200);

    await row.getByRole('button', { name: 'Modifica l.neri' }).click();
    await edit.getByText('Account attivo', { exact: true }).click();
    await edit.getByRole('button', { name: 'Salva' }).click();
    await expect(row).toContainText('sospeso');

    await row.getByRole('button', { name: 'Elimina l.neri' }).click();
    await page.getByRole('dialog', { name: "Eliminare l'utente?" }).getByRole('button', { name: 'Elimina' }).click();
    await expect(page.getByText('Utente l.neri eliminato.')).toBeVisible();
    await expect(row).toHaveCount(0);
  });

  test('creates a token shown once with a copy button, lists it and revokes it', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/amministrazione/token');
    const form = page.getByRole('form', { name: 'Nuovo token' });
    await form.getByRole('textbox', { name: 'Nome', exact: true }).fill('sistema colloqui');
    await form.getByText(/^counts:write/).click();
    await form.getByText(/^Obiettivo 1\.5, indicatore 2:/).click();
    await form.getByRole('button', { name: 'Crea il token' }).click();

    const created = page.getByTestId('created-token');
    await expect(created.getByRole('heading', { name: 'Token «sistema colloqui» creato' })).toBeFocused();
    await expect(created).toContainText('non sarà più mostrato');
    const token = await created.getByLabel('Token').inputValue();
    expect(token).toMatch(/^pm_/);
    await created.getByRole('button', { name: 'Copia il token' }).click();
    await expect(created.getByText('Token copiato negli appunti.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const me = await request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    await created.getByRole('button', { name: 'Ho conservato il token' }).click();
    await expect(created).toHaveCount(0);

    await page.reload();
    const row = page.getByRole('row', { name: /sistema colloqui/ });
    await expect(row.locator('code')).toHaveText(`${token.slice(0, 8)}…`);
    await expect(row).toContainText('counts:write');
    await expect(row).toContainText('1 indicatore');
    await expect(row).not.toContainText('mai');

    await row.getByRole('button', { name: 'Revoca sistema colloqui' }).click();
    await page.getByRole('dialog', { name: 'Revocare il token?' }).getByRole('button', { name: 'Revoca il token' }).click();
    await expect(page.getByText('Token «sistema colloqui» revocato.')).toBeVisible();
    await expect(row).toContainText(/revocato il \d\d\/\d\d\/\d{4}/);
    const refused = await request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  });
});
