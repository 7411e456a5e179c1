import { expect, test } from '@playwright/test';
import { createUser, expectNoAxeViolations, openObjective, signIn } from './support';

test.describe('editing progress', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('completing a phase updates the timeline value shown', async ({ page }) => {
    await openObjective(page, '1.7');
    const value = page.getByTestId(/^value-used-/).first();
    await expect(value).toHaveText('50,00%');

    await page.getByRole('button', { name: 'Aggiorna fase 2' }).click();
    const editor = page.locator('#phase-editor');
    await expect(editor.getByRole('heading', { name: /Aggiorna la fase 2/ })).toBeFocused();
    await editor.getByLabel('Fine effettiva').fill('2021-06-15');
    await editor.getByLabel('Fonte del dato').fill('Decreto Arti n. 210 del 15/06/2021');
    await editor.getByRole('button', { name: 'Salva' }).click();

    await expect(page.getByText('Fase 2 aggiornata.')).toBeVisible();
    await expect(value).toHaveText('100,00%');
    await expect(page.getByRole('row', { name: /^2 Adozione/ }).getByText('conclusa')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aggiorna fase 2' })).toBeFocused();
  });

  test('checks a result as the backend does and accepts the suggestion in one action', async ({ page }) => {
    await openObjective(page, '3.1');
    const row = page.getByTestId(/^indicator-/).first();
    await expect(row.locator('.assessment-badge').first()).toHaveText('3 · secondo le aspettative');

    await page.getByRole('button', { name: 'Aggiorna Obiettivo 3.1, indicatore 1' }).click();
    const editor = page.locator('#result-editor');
    await editor.getByLabel('Valore inserito (%)').fill('90');
    await editor.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(editor.getByText('Obbligatoria quando il valore inserito sostituisce quello calcolato')).toBeVisible();
    await expectNoAxeViolations(page);

    await editor.getByLabel('Valore inserito (%)').fill('');
    await expect(editor.getByTestId('suggestion')).toContainText('1 · in anticipo');
    await editor.getByRole('button', { name: 'Accetta il suggerimento e salva' }).click();
    await expect(page.getByText('Risultato salvato: Obiettivo 3.1, indicatore 1.')).toBeVisible();
    await expect(row.locator('.assessment-badge').first()).toHaveText('1 · in anticipo');
  });

  test('the suggestion follows the value being typed, and the one accepted is the one the backend gives after saving', async ({ page }) => {
    await openObjective(page, '4.4');
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 4.4, indicatore 2' }).click();
    const editor = page.locator('#result-editor');
    const suggestion = editor.getByTestId('suggestion');
    const accept = editor.getByRole('button', { name: 'Accetta il suggerimento e salva' });
    await editor.getByLabel('Valore conseguito (%)').fill('30');
    // Until the suggestion for 30 has arrived, accepting would save a stale one: the button waits.
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('5 · in ritardo');
    await expect(suggestion).toContainText('Valore conseguito 30,00%');
    await editor.getByLabel('Valore conseguito (%)').fill('60');
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('3 · secondo le aspettative');
    await editor.getByLabel('Valore conseguito (%)').fill('30');
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('5 · in ritardo');
    await accept.click();
    // Late and below its pace, the indicator is saved only with the explanation of its deviation (issue 15).
    const explanation = editor.getByLabel(/Motivazione dello scostamento/);
    await expect(explanation).toBeFocused();
    await explanation.fill('Le misure anticorruzione del 2021 partono con il nuovo piano triennale, adottato a maggio');
    await accept.click();
    await expect(page.getByText('Risultato salvato: Obiettivo 4.4, indicatore 2.')).toBeVisible();

    await page.getByRole('button', { name: 'Aggiorna Obiettivo 4.4, indicatore 2' }).click();
    await expect(editor.getByRole('radio', { name: /5 · in ritardo/ })).toBeChecked();
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('5 · in ritardo');
  });

  test('judges customer satisfaction against its target, not against a share of the year', async ({ page }) => {
    await openObjective(page, '4.1');
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 4.1, indicatore 1' }).click();
    const editor = page.locator('#result-editor');
    const suggestion = editor.getByTestId('suggestion');
    // 40% satisfied users in June is far below a 79% target, whatever share of the year has passed.
    await editor.getByLabel('Valore conseguito (%)').fill('40');
    await expect(suggestion).toHaveAttribute('data-current', 'true');
    await expect(suggestion).toContainText('5 · in ritardo');
    await expect(suggestion).toContainText('il target 79,00%');
    await expect(suggestion).not.toContainText('pro rata');
  });

  test('catches a stale edit, names who saved first and lets the user reapply it on the current version', async ({ browser, request }) => {
    const biancaAccount = { username: 'b.gialli', password: 'bianca-password-2021' };
    await createUser(request, { ...biancaAccount, displayName: 'Bianca Gialli', role: 'EDITOR', structures: ['DIREZIONE'] });
    const anna = await (await browser.newContext()).newPage();
    const bianca = await (await browser.newContext()).newPage();
    await signIn(anna);
    await signIn(bianca, biancaAccount);
    for (const page of [anna, bianca]) {
      await openObjective(page, '2.3');
      await page.getByRole('button', { name: 'Aggiorna fase 3' }).click();
      await expect(page.locator('#phase-editor').getByLabel('Nota di monitoraggio')).toBeEditable();
    }

    const biancaForm = bianca.locator('#phase-editor');
    await biancaForm.getByLabel('Nota di monitoraggio').fill('Nota di Bianca: sopralluogo effettuato');
    await biancaForm.getByRole('button', { name: 'Salva' }).click();
    await expect(bianca.getByText('Fase 3 aggiornata.')).toBeVisible();

    const annaForm = anna.locator('#phase-editor');
    await annaForm.getByLabel('Avanzamento parziale (%)').fill('40');
    await annaForm.getByLabel('Nota di monitoraggio').fill('Nota di Anna: capitolato pronto');
    await annaForm.getByRole('button', { name: 'Salva' }).click();

    const stale = anna.getByTestId('stale-changes');
    await expect(stale).toBeVisible();
    await expect(stale.getByTestId('stale-by')).toHaveText('Salvata da b.gialli.');
    await expect(stale.getByTestId('stale-theirs-monitoringNote')).toHaveText('Nota di Bianca: sopralluogo effettuato');
    await expect(stale.getByTestId('stale-mine-monitoringNote')).toHaveText('Nota di Anna: capitolato pronto');
    await expect(stale.getByTestId('stale-mine-partialProgress')).toHaveText('40%');
    await expect(annaForm.getByLabel('Nota di monitoraggio')).toHaveValue('Nota di Anna: capitolato pronto');
    await expectNoAxeViolations(anna);

    await stale.getByRole('button', { name: 'Applica le mie modifiche alla versione attuale' }).click();
    await expect(anna.getByText('Fase 3 aggiornata.')).toBeVisible();
    await expect(anna.getByRole('row', { name: /^3 / }).getByText('40,00%')).toBeVisible();

    await bianca.reload();
    const phase3 = bianca.getByRole('row', { name: /^3 / });
    await phase3.getByText('Nota e fonte').click();
    await expect(phase3.getByText('Nota di Anna: capitolato pronto')).toBeVisible();
    await anna.context().close();
    await bianca.context().close();
  });
});
