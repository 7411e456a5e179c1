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

    // The period's history shows its closing and its reopening with the reason given.
    await row.getByRole('button', { name: /Cronologia/ }).click();
    const history = page.getByRole('region', { name: 'Cronologia del periodo «Monitoraggio intermedio al 30/06/2021»' });
    await expect(history.getByTestId('history-reason').first()).toContainText(
      'Rettifica del dato sulle istruttorie richiesta dal settore regionale',
    );
    await expectNoAxeViolations(page);
  });

  test('creates the 2022 plan from 2021 only with a reason while 2021 is open, marks it provisional, keeps it a draft until published', async ({ page, browser }) => {
    await page.goto('/amministrazione');
    await page.getByRole('button', { name: 'Crea il piano 2022' }).click();
    await page.getByRole('dialog', { name: 'Creare il piano 2022?' }).getByRole('button', { name: 'Crea il piano 2022' }).click();
    // The 2021 final period is open: its figures so far are not the year's final data.
    await expect(page.getByText(/Il monitoraggio finale 2021 non è chiuso/)).toBeVisible();
    const reason = page.getByLabel(/Motivo per procedere con valori provvisori/);
    await reason.fill('Il Piano 2022 va adottato entro il 31 gennaio');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Crea il piano 2022 con valori provvisori' }).click();
    await page.getByRole('dialog', { name: 'Creare il piano 2022?' }).getByRole('button', { name: 'Crea il piano 2022' }).click();
    await expect(page.getByText('Creato il «Piano della performance 2022».')).toBeVisible();
    await expect(page.getByText(/Valori provvisori: il monitoraggio finale non era chiuso/)).toBeVisible();
    await expect(page).toHaveURL(/\/amministrazione\/piani\/\d+$/);
    await expect(page.getByRole('heading', { name: 'Piano 2022 creato dal piano 2021' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Indicatori del piano 2022: target e valori iniziali' });
    const customers = table.getByRole('row', { name: /3\.1 Numero di imprese/ });
    await expect(customers).toContainText('85,39% (regola: >= dato finale anno precedente)');
    await expect(customers).toContainText('85,39% dato provvisorio 2021');
    await expect(table.getByRole('row', { name: /4\.1 Numero utenti soddisfatti/ })).toContainText('dato finale 2021 non disponibile');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Apri il cruscotto' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2022');

    // A draft: the home page, the administrator's and everyone else's, still shows 2021.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2021');
    const anonymous = await browser.newPage();
    await anonymous.goto(new URL('/', page.url()).toString());
    await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2021');

    await page.goto('/amministrazione');
    await expect(page.getByRole('heading', { name: 'Bozza' })).toBeVisible();
    await page.getByRole('button', { name: 'Pubblica il piano 2022' }).click();
    await expect(page.getByTestId('plan-publication')).toContainText('Piano pubblicato il');
    await anonymous.reload();
    await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText('Piano della performance 2022');
    await anonymous.close();
  });
});
