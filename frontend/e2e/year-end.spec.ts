import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openDashboard, signIn } from './support';

// Closing a period and making the next year's plan change what the other files read: this file sorts last.
test.describe('the end of a monitoring period and of the year', () => {
  test.beforeEach(async ({ page }) => {
    // Each walks through several pages and an accessibility scan: more than one page's usual time.
    test.slow();
    await signIn(page);
  });

  test('closes the interim period, shows it frozen on the dashboard, and reopens it only with a reason', async ({ page }) => {
    await page.goto('/amministrazione');
    const row = page.getByRole('row', { name: /Monitoraggio intermedio al 30\/06\/2021/ });
    await row.getByRole('button', { name: /Chiudi il periodo/ }).click();
    const confirmClose = page.getByRole('dialog', { name: 'Chiudere il periodo?' });
    await expect(confirmClose).toContainText('I suoi valori saranno congelati');
    await expect(confirmClose.getByRole('button', { name: 'Annulla' })).toBeFocused();
    await confirmClose.getByRole('button', { name: 'Chiudi il periodo' }).click();
    await expect(page.getByText('Periodo «Monitoraggio intermedio al 30/06/2021» chiuso: il suo Allegato A è congelato.')).toBeVisible();
    await expect(row).toContainText(/Chiuso il .* da admin/);

    await openDashboard(page);
    await expect(page.getByTestId('frozen-notice')).toContainText('Periodo chiuso il');
    await expect(page.getByText('I valori attuali coincidono con quelli congelati.')).toBeVisible();

    await page.goto('/amministrazione');
    await row.getByRole('button', { name: /Riapri/ }).click();
    const reason = page.getByLabel(/Motivazione della riapertura/);
    await expect(reason).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Riapri il periodo' }).click();
    await expect(page.getByText('Scrivi una motivazione di almeno 10 caratteri')).toBeVisible();
    await reason.fill('Rettifica del dato sulle istruttorie richiesta dal settore regionale');
    await page.getByRole('button', { name: 'Riapri il periodo' }).click();
    await expect(page.getByText('Periodo «Monitoraggio intermedio al 30/06/2021» riaperto.')).toBeVisible();
    await expect(row).toContainText('Aperto');
  });

  test('creates the 2022 plan from 2021 and shows each target with its rule and origin', async ({ page }) => {
    await page.goto('/amministrazione');
    await page.getByRole('button', { name: 'Crea il piano 2022' }).click();
    await page.getByRole('dialog', { name: 'Creare il piano 2022?' }).getByRole('button', { name: 'Crea il piano 2022' }).click();
    await expect(page.getByText('Creato il «Piano della performance 2022».')).toBeVisible();
    await expect(page).toHaveURL(/\/amministrazione\/piani\/\d+$/);
    await expect(page.getByRole('heading', { name: 'Piano 2022 creato dal piano 2021' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Indicatori del piano 2022: target e valori iniziali' });
    const customers = table.getByRole('row', { name: /3\.1 Numero di imprese/ });
    await expect(customers).toContainText('85,39% (regola: >= dato finale anno precedente)');
    await expect(customers).toContainText('85,39% dato 2021');
    await expect(table.getByRole('row', { name: /4\.1 Numero utenti soddisfatti/ })).toContainText('dato finale 2021 non disponibile');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Apri il cruscotto' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2022');
  });
});
