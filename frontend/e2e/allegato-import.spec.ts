import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support';

const REFERENCE = resolve(import.meta.dirname, '../../backend/src/test/resources/allegato/allegato-a-monitoraggio-2021-reference.txt');

// The reference of 2021 into the plan the seed made from it: the dry run must find nothing to change. The file
// sorts before those that edit the 2021 plan (editing, history, auth), which would make it find their changes.
test.describe('importing the Allegato A', () => {
  test('checks the reference text against the 2021 plan, row by row, and imports it without changing anything', async ({ page }) => {
    test.slow();
    await signIn(page);
    await page.goto('/amministrazione/importa');
    await page.getByRole('button', { name: 'Verifica senza salvare' }).click();
    await expect(page.getByText('Scegli prima un file')).toBeVisible();

    await page.getByLabel("File dell'Allegato A").setInputFiles({
      name: 'allegato-a-monitoraggio-2021.txt',
      mimeType: 'text/plain',
      buffer: await readFile(REFERENCE),
    });
    await page.getByRole('button', { name: 'Verifica senza salvare' }).click();
    await expect(page.getByRole('heading', { name: /Cosa cambierebbe nel piano 2021 di ARTI/ })).toBeVisible();
    await expect(page.getByTestId('import-summary')).toContainText('0 da creare, 0 da aggiornare');
    await expect(page.getByText('Nessuna modifica: il piano corrisponde già al file.')).toBeVisible();
    // bootstrap-italia draws the box on the label: a person clicks the label.
    await page.getByText('Mostra anche le righe invariate').click();
    await expect(page.getByLabel('Mostra anche le righe invariate')).toBeChecked();
    const rows = page.getByRole('table', { name: 'Modifiche riga per riga' });
    await expect(rows.getByRole('row', { name: /Obiettivo 1\.6/ }).first()).toContainText('invariato');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await expect(page.getByText(/Importazione completata: 0 creati, 0 aggiornati/)).toBeVisible();
  });

  test('refuses a file that is not an Allegato A, saying why', async ({ page }) => {
    await signIn(page);
    await page.goto('/amministrazione/importa');
    await page.getByLabel("File dell'Allegato A").setInputFiles({
      name: 'foglio.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('questo non è un foglio di calcolo'),
    });
    await page.getByRole('button', { name: 'Verifica senza salvare' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  });
});
