import { expect, test } from '@playwright/test';
import { createUser, expectNoAxeViolations, signIn } from './support';

// A person of the Region, created by the first administrator (ARTI's: the deployment's default organisation, the
// only one whose administrators may give the role), and the organisation they create with its administrator. B stays
// private, so that the specs after this one still see a single organisation that reads publicly.
const REGION = { username: 'r.toscana', password: 'password-della-regione-2021' };
const B = { code: 'ENTE-B', name: 'Ente B di prova' };
const B_ADMIN = { username: 'admin.enteb', password: 'password-di-ente-b-2021' };

test.describe.serial('organisations in the web app', () => {
  test('a person of the Region creates an organisation with its first administrator', async ({ page, request }) => {
    await createUser(request, { ...REGION, displayName: 'Regione Toscana', role: 'REGIONAL' });
    await signIn(page, REGION);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Organizzazioni' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organizzazioni' })).toBeVisible();
    await expect(page.getByTestId('organisation-ARTI')).toBeVisible();

    const form = page.getByRole('form', { name: 'Nuova organizzazione' });
    await form.getByLabel('Codice').fill('ente-b');
    await form.getByRole('textbox', { name: 'Nome', exact: true }).fill(B.name);
    await form.getByLabel('Nome utente').fill(B_ADMIN.username);
    await form.getByLabel('Nome e cognome').fill('Bruno Bassi');
    await form.getByLabel('Password').fill('corta');
    await form.getByRole('button', { name: "Crea l'organizzazione" }).click();
    await expect(form.getByLabel('Password')).toHaveAccessibleDescription(/Almeno 12 caratteri/);

    await form.getByLabel('Password').fill(B_ADMIN.password);
    await form.getByRole('button', { name: "Crea l'organizzazione" }).click();
    await expect(page.getByText(`Organizzazione ${B.code} creata, con l'amministratore ${B_ADMIN.username}.`)).toBeVisible();
    await expect(page.getByTestId(`organisation-${B.code}`)).toContainText('no');

    // The same username again: the backend's refusal beside the field.
    await form.getByLabel('Codice').fill('ENTE-C');
    await form.getByRole('textbox', { name: 'Nome', exact: true }).fill('Ente C');
    await form.getByLabel('Nome utente').fill(B_ADMIN.username);
    await form.getByLabel('Nome e cognome').fill('Chiara Conti');
    await form.getByLabel('Password').fill('password-di-ente-c-2021');
    await form.getByRole('button', { name: "Crea l'organizzazione" }).click();
    await expect(form.getByLabel('Nome utente')).toHaveAccessibleDescription(new RegExp(B_ADMIN.username));
    // With B created the header offers the switcher: checked here with the page.
    await expect(page.getByRole('combobox', { name: 'Organizzazione' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("B's administrator sees B only and adds a structure", async ({ page }) => {
    await signIn(page, B_ADMIN);
    await page.goto('/');
    await expect(page.getByTestId('organisation-name')).toHaveText(B.name);
    await expect(page.getByText('Non è ancora stato definito alcun piano.')).toBeVisible();
    await expect(page.getByTestId('plan-score')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Organizzazione' })).toHaveCount(0);

    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Organizzazione', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Impostazioni dell'organizzazione" })).toBeVisible();
    const form = page.getByRole('form', { name: 'Nuova struttura' });
    await form.getByLabel('Codice').fill('DIR-B');
    await form.getByLabel('Nome').fill('Direzione di B');
    await form.getByRole('button', { name: 'Aggiungi la struttura' }).click();
    await expect(page.getByText('Struttura DIR-B aggiunta.')).toBeVisible();
    await expect(page.getByTestId('structures-DIR-B')).toContainText('Direzione di B');
    await expect(page.getByText('Nessuna unità territoriale.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the person of the Region switches between ARTI and B with the keyboard', async ({ page }) => {
    await signIn(page, REGION);
    await page.goto('/');
    const switcher = page.getByRole('combobox', { name: 'Organizzazione' });
    await expect(switcher).toHaveValue('ARTI');
    await expect(page.getByTestId('plan-score')).toBeVisible();

    await switcher.focus();
    await page.keyboard.press('ArrowDown');
    await expect(switcher).toHaveValue(B.code);
    await expect(page.getByTestId('organisation-name')).toHaveText(B.name);
    await expect(page.getByText('Non è ancora stato definito alcun piano.')).toBeVisible();
    await expect(switcher).toBeFocused();

    // Kept for the next visit.
    await page.reload();
    await expect(switcher).toHaveValue(B.code);
    await switcher.focus();
    await page.keyboard.press('ArrowUp');
    await expect(switcher).toHaveValue('ARTI');
    await expect(page.getByTestId('plan-score')).toBeVisible();
  });

  test('the person of the Region makes a token that reads every organisation, choosing it with the keyboard', async ({ page, request }) => {
    await signIn(page, REGION);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Token API' }).click();
    const form = page.getByRole('form', { name: 'Nuovo token' });
    await form.getByRole('textbox', { name: 'Nome', exact: true }).fill('cruscotto regionale');
    // Read-only tokens only: counts:write is not offered, values:read comes chosen.
    await expect(form.getByLabel(/^counts:write/)).toHaveCount(0);
    await expect(form.getByLabel(/^values:read/)).toBeChecked();
    const everyOrganisation = form.getByRole('checkbox', { name: 'Per tutte le organizzazioni' });
    await expect(everyOrganisation).toHaveAccessibleDescription(/legge i valori di ogni organizzazione/);
    await everyOrganisation.focus();
    await page.keyboard.press('Space');
    await expect(everyOrganisation).toBeChecked();
    await form.getByRole('button', { name: 'Crea il token' }).click();

    const created = page.getByTestId('created-token');
    const token = await created.getByLabel('Token').inputValue();
    await expect(created).toContainText('non sarà più mostrato');
    await expectNoAxeViolations(page);
    await created.getByRole('button', { name: 'Ho conservato il token' }).click();
    const row = page.getByRole('row', { name: /cruscotto regionale/ });
    await expect(row).toContainText('values:read');
    await expect(row).toContainText('tutte le organizzazioni');

    // The token reads B, a private organisation, as well as ARTI.
    const bearer = { Authorization: `Bearer ${token}` };
    expect((await request.get(`/api/v1/plans?organisation=${B.code}`, { headers: bearer })).status()).toBe(200);
    expect((await request.get('/api/v1/plans?organisation=ARTI', { headers: bearer })).status()).toBe(200);
  });

  test("ARTI's administrator makes B's administrator an editor of Direzione", async ({ page }) => {
    await signIn(page);
    await page.goto('/amministrazione/organizzazione');
    const section = page.getByRole('region', { name: 'Persone di altre organizzazioni', exact: true });
    await expect(section.getByText('Nessuna persona di altre organizzazioni.')).toBeVisible();
    const form = section.getByRole('form', { name: 'Aggiungi una persona' });
    await form.getByLabel('Nome utente').fill(B_ADMIN.username);
    await form.getByLabel('Ruolo').selectOption({ label: 'Redattore' });
    await form.getByText('Direzione', { exact: true }).click();
    await form.getByRole('button', { name: 'Aggiungi la persona' }).click();
    await expect(section.getByText(`${B_ADMIN.username} aggiunto a questa organizzazione.`)).toBeVisible();
    const row = section.getByTestId(`member-${B_ADMIN.username}`);
    await expect(row).toContainText(B.code);
    await expect(row).toContainText('Redattore');
    await expect(row).toContainText('Direzione');
    await expectNoAxeViolations(page);
  });

  test("B's administrator switches to ARTI with the keyboard, sees its plans as an editor, and back", async ({ page }) => {
    await signIn(page, B_ADMIN);
    await page.goto('/');
    await expect(page.getByText('Non è ancora stato definito alcun piano.')).toBeVisible();
    const switcher = page.getByRole('combobox', { name: 'Organizzazione' });
    await expect(switcher).toHaveValue(B.code);
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(nav.getByRole('link', { name: 'Utenti' })).toBeVisible();

    // Home first, then the others by name.
    await switcher.focus();
    await page.keyboard.press('ArrowDown');
    await expect(switcher).toHaveValue('ARTI');
    await expect(page.getByTestId('plan-score')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ora operi in' })).toHaveText(/Ora operi in .+ come Redattore\./);
    await expect(switcher).toBeFocused();
    // The navigation of an editor there: their tasks, no accounts.
    await expect(nav.getByRole('link', { name: 'Le mie attività' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Utenti' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The session acts in ARTI until told otherwise.
    await page.reload();
    await expect(switcher).toHaveValue('ARTI');
    await switcher.focus();
    await page.keyboard.press('ArrowUp');
    await expect(switcher).toHaveValue(B.code);
    await expect(page.getByText('Non è ancora stato definito alcun piano.')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Utenti' })).toBeVisible();
  });

  test("ARTI's administrator changes the membership to reader, then ends it", async ({ page }) => {
    await signIn(page);
    await page.goto('/amministrazione/organizzazione');
    const section = page.getByRole('region', { name: 'Persone di altre organizzazioni', exact: true });
    await section.getByRole('button', { name: `Modifica ${B_ADMIN.username}` }).click();
    const edit = section.getByRole('form', { name: `Modifica di ${B_ADMIN.username}` });
    await edit.getByLabel('Ruolo').selectOption({ label: 'Lettore' });
    await edit.getByRole('button', { name: 'Salva' }).click();
    const row = section.getByTestId(`member-${B_ADMIN.username}`);
    await expect(row).toContainText('Lettore');
    await expect(section.getByRole('button', { name: `Modifica ${B_ADMIN.username}` })).toBeFocused();

    await section.getByRole('button', { name: `Rimuovi ${B_ADMIN.username}` }).click();
    await page.getByRole('dialog', { name: 'Rimuovere la persona?' }).getByRole('button', { name: 'Rimuovi' }).click();
    await expect(section.getByText(`${B_ADMIN.username} rimosso da questa organizzazione.`)).toBeVisible();
    await expect(row).toHaveCount(0);
  });
});
