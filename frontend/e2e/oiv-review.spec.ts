import { expect, test } from '@playwright/test';
import { createClosedYear, OIV_USER, type OivPlan } from './oiv-fixture';
import { expectNoAxeViolations, expectNoOutlineViolations, signIn, signInWithTheForm } from './support';

test.describe('the OIV reviews a closed year', () => {
  let year: OivPlan;

  test.beforeAll(async ({ request }) => {
    year = await createClosedYear(request);
  });

  test('an administrator makes the OIV account; the OIV checks 1.5 against its evidence and validates the year', async ({
    page,
  }) => {
    // The administrator gives the OIV an account from the users page.
    await signIn(page);
    await page.goto('/amministrazione/utenti');
    const form = page.getByRole('form', { name: 'Nuovo utente' });
    await form.getByLabel('Nome utente').fill(OIV_USER.username);
    await form.getByLabel('Nome e cognome').fill(OIV_USER.displayName);
    await form.getByLabel('Password').fill(OIV_USER.password);
    await form.getByLabel('Ruolo').selectOption({ label: 'OIV' });
    await form.getByRole('button', { name: "Crea l'utente" }).click();
    await expect(page.getByRole('row', { name: new RegExp(OIV_USER.username) })).toContainText('OIV');
    await page.context().clearCookies();

    // The OIV signs in and finds the review page in the navigation, and nothing that changes the plan.
    await page.goto('/accesso');
    await signInWithTheForm(page, OIV_USER);
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(nav.getByRole('link', { name: 'Revisione OIV' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Amministrazione' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Revisione OIV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Revisione OIV' })).toBeVisible();
    await page.getByLabel('Periodo di monitoraggio').selectOption({ label: `2018 · ${year.periodLabel} (chiuso)` });
    await expect(page).toHaveURL(new RegExp(`/oiv/${year.periodId}$`));
    await expect(page.getByTestId('oiv-progress')).toHaveText('0 di 2 obiettivi verificati');

    // Objective 1.5: its figures, the deviation with its explanation and corrective actions, the evidence.
    const objective = page.getByTestId('oiv-objective-1.5');
    await expect(objective.getByRole('heading', { level: 3 })).toHaveText('1.5 · Erogazione delle politiche attive del lavoro');
    await expect(objective.getByText('56,00%', { exact: true })).toBeVisible();
    await expect(objective.getByText('100,00%', { exact: true })).toBeVisible();
    await expect(objective.getByText(/Il sistema informativo è stato sostituito/)).toBeVisible();
    await expect(objective.getByText(/Recupero delle registrazioni arretrate/)).toBeVisible();
    await objective.getByRole('button', { name: 'Mostra gli elementi probativi (Indicatore 1)' }).click();
    const evidence = objective.getByRole('table', { name: 'Elementi probativi: Indicatore 1' });
    await expect(evidence.getByRole('rowheader')).toHaveText(year.evidenceName);
    await expect(evidence.getByTestId('evidence-sha256')).toHaveText(year.evidenceSha256);
    const download = page.waitForEvent('download');
    await evidence.getByRole('button', { name: `Scarica ${year.evidenceName}` }).click();
    expect((await download).suggestedFilename()).toBe(year.evidenceName);
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);

    // The check of 1.5: observations are asked for, then the save is announced and the progress moves.
    const check = objective.getByRole('form', { name: "Verifica dell'obiettivo 1.5" });
    // The design system draws its own radio over the input: the label is what a person clicks.
    await check.locator('label[for$="-outcome-VERIFIED_WITH_OBSERVATIONS"]').click();
    await expect(
      check.getByRole('group', { name: 'Esito della verifica' }).getByRole('radio', { name: 'Verificato con osservazioni' }),
    ).toBeChecked();
    await check.getByRole('button', { name: 'Salva la verifica' }).click();
    await expect(check.getByLabel(/Osservazioni/)).toBeFocused();
    await check
      .getByLabel(/Osservazioni/)
      .fill('Il valore di 56,00% è documentato dall’estrazione allegata; il ritardo di giugno è motivato.');
    await check.getByRole('button', { name: 'Salva la verifica' }).click();
    await expect(check.getByRole('status')).toHaveText("Verifica dell'obiettivo 1.5 salvata.");
    await expect(page.getByTestId('oiv-progress')).toHaveText('1 di 2 obiettivi verificati');
    await expect(objective.getByText('Verificato con osservazioni', { exact: true }).first()).toBeVisible();

    // The validation of the closed final period, with its reasoning.
    const validation = page.getByRole('form', { name: 'Validazione della Relazione sulla performance' });
    await validation.locator('label[for="oiv-validation-VALIDATED_WITH_RESERVATIONS"]').click();
    await expect(
      validation.getByRole('group', { name: 'Esito della validazione' }).getByRole('radio', { name: 'Validata con riserva' }),
    ).toBeChecked();
    await validation
      .getByLabel(/Motivazione/)
      .fill('I risultati sono coerenti con gli elementi probativi; per l’obiettivo 1.5 si rinvia alle osservazioni.');
    await validation.getByRole('button', { name: 'Salva la validazione' }).click();
    await expect(validation.getByRole('status')).toHaveText(`Validazione del periodo ${year.periodLabel} salvata.`);
    await expectNoAxeViolations(page);

    // Both are kept: after a reload the page shows them as recorded, by the OIV.
    await page.reload();
    await expect(page.getByTestId('oiv-progress')).toHaveText('1 di 2 obiettivi verificati');
    await expect(page.getByRole('radio', { name: 'Validata con riserva' })).toBeChecked();
    await expect(page.getByText(new RegExp(`Validata da ${OIV_USER.username}`))).toBeVisible();
    await expect(
      page.getByTestId('oiv-objective-1.5').getByText(new RegExp(`Verificato da ${OIV_USER.username}`)),
    ).toBeVisible();

    // Administrators read the OIV's work on the same page, and change none of it.
    await page.context().clearCookies();
    await signIn(page);
    await page.goto(`/oiv/${year.periodId}`);
    await expect(page.getByTestId('oiv-progress')).toHaveText('1 di 2 obiettivi verificati');
    await expect(page.getByTestId('oiv-objective-1.5')).toContainText('Il valore di 56,00% è documentato');
    await expect(page.getByRole('button', { name: 'Salva la verifica' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Salva la validazione' })).toHaveCount(0);
    await expect(page.getByText('Validata con riserva', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
