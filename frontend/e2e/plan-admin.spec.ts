import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openDashboard, signIn } from './support';

// These tests change the plan's structure and weights: their file sorts last so that the read-only checks of the
// 2021 plan in the other files see it as the seed left it.
test.describe('plan editing for administrators', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('sums the weights live and saves them until the plan adds up to 100', async ({ page }) => {
    await page.goto('/amministrazione');
    const total = page.getByTestId('objective-weight-total');
    await expect(total).toHaveText('Somma dei pesi: 77% · 3 pesi mancanti · dovrebbe essere 100%');
    await expectNoAxeViolations(page);

    await page.getByLabel("Peso dell'obiettivo 1.4 (%)").fill('10');
    await expect(total).toHaveText('Somma dei pesi: 87% · 2 pesi mancanti · dovrebbe essere 100%');
    await page.getByLabel("Peso dell'obiettivo 1.5 (%)").fill('8');
    await page.getByLabel("Peso dell'obiettivo 4.4 (%)").fill('5');
    await expect(total).toHaveText('Somma dei pesi: 100% · completa');

    await page.getByRole('button', { name: 'Salva 3 pesi modificati' }).click();
    await expect(page.getByText('Pesi salvati.')).toBeVisible();

    await openDashboard(page);
    await expect(page.getByTestId('weight-sum')).toHaveText('100%');
    await expect(page.getByText(/La somma dei pesi è/)).toHaveCount(0);
  });

  test('adds an area, an objective with its phases and indicator, and shows the backend problem by the field', async ({ page }) => {
    await page.goto('/amministrazione');
    const area = page.getByRole('form', { name: 'Nuovo ambito strategico' });
    await area.getByLabel('Numero').fill('5');
    await area.getByLabel('Titolo').fill('Transizione digitale');
    await area.getByRole('button', { name: "Aggiungi l'ambito" }).click();
    await expect(page.getByRole('row', { name: /Transizione digitale/ })).toBeVisible();

    const form = page.getByRole('form', { name: 'Nuovo obiettivo' });
    await form.getByLabel('Ambito').selectOption({ label: '5 Transizione digitale' });
    await form.getByLabel('Codice').fill('1.2');
    await form.getByLabel('Responsabile attuazione').selectOption({ label: 'Direzione' });
    await form.getByLabel('Titolo').fill('Sportello digitale unico');
    await form.getByRole('button', { name: "Aggiungi l'obiettivo" }).click();
    await expect(form.getByLabel('Codice')).toHaveAccessibleDescription(/Esiste già un obiettivo 1.2 nel piano/);

    await form.getByLabel('Codice').fill('5.1');
    await form.getByRole('button', { name: "Aggiungi l'obiettivo" }).click();
    await expect(page.getByTestId('admin-objective-5.1')).toBeVisible();

    await page.getByRole('button', { name: 'Indicatori e fasi 5.1' }).click();
    const structure = page.getByRole('region', { name: "Indicatori e fasi dell'obiettivo 5.1" });
    const phase = structure.getByRole('form', { name: 'Nuova fase' });
    for (const [number, description, start, end, weight] of [
      ['1', 'Analisi dei servizi', '2021-01-04', '2021-06-30', '60'],
      ['2', 'Messa in esercizio', '2021-07-01', '2021-12-31', '40'],
    ]) {
      await phase.getByLabel('Numero').fill(number);
      await phase.getByLabel('Fase').fill(description);
      await phase.getByLabel('Inizio previsto').fill(start);
      await phase.getByLabel('Fine prevista').fill(end);
      await phase.getByLabel('Peso (%)').fill(weight);
      await phase.getByRole('button', { name: 'Aggiungi la fase' }).click();
      await expect(structure.getByRole('row', { name: new RegExp(description) })).toBeVisible();
    }
    await expect(structure.getByTestId('phase-weight-total')).toHaveText('Somma dei pesi: 100% · completa');

    const indicator = structure.getByRole('form', { name: 'Nuovo indicatore' });
    await indicator.getByLabel('Indicatore').fill('Realizzazione dello sportello secondo il cronoprogramma');
    await indicator.getByRole('button', { name: "Aggiungi l'indicatore" }).click();
    await expect(structure.getByRole('row', { name: /Realizzazione dello sportello/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await openDashboard(page);
    await expect(page.getByTestId('objective-5.1')).toBeVisible();
  });

  test("edits an indicator's target and the dashboard shows it", async ({ page }) => {
    await page.goto('/amministrazione');
    await page.getByRole('button', { name: 'Indicatori e fasi 1.1' }).click();
    const structure = page.getByRole('region', { name: "Indicatori e fasi dell'obiettivo 1.1" });
    await structure.getByRole('button', { name: 'Modifica indicatore 1' }).click();
    const form = structure.getByRole('form', { name: 'Modifica indicatore 1' });
    await expect(form.getByRole('heading', { name: 'Modifica indicatore 1' })).toBeFocused();
    await expectNoAxeViolations(page);
    await form.getByLabel('Target (%)').fill('87,5');
    await form.getByRole('button', { name: 'Salva' }).click();
    await expect(structure.getByText('Modifiche salvate.')).toBeVisible();
    await expect(structure.getByRole('row', { name: /87,50%/ })).toBeVisible();

    await openDashboard(page);
    await expect(page.getByTestId('objective-1.1')).toContainText('87,50%');
  });
});
