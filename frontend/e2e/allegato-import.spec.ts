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

  test('shows what a changed file would change in words and Italian formats, not field names and raw values', async ({ page }) => {
    test.slow();
    await signIn(page);
    await page.goto('/amministrazione/importa');
    const changed = (await readFile(REFERENCE, 'utf8'))
      .replace('erogati 37.787 colloqui online', 'erogati 37.900 colloqui online')
      .replace('79,69% dato 2020', '79,70% dato 2020')
      .replace('5,00%\t03/03/21\t', '5,00%\t05/03/21\t');
    await page.getByLabel("File dell'Allegato A").setInputFiles({
      name: 'allegato-a-monitoraggio-2021.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(changed, 'utf8'),
    });
    await page.getByRole('button', { name: 'Verifica senza salvare' }).click();
    const rows = page.getByRole('table', { name: 'Modifiche riga per riga' });
    await expect(rows).toBeVisible();
    await expect(rows).toContainText('Nota di monitoraggio: Nel corso del primo semestre sono stati erogati 37.787 colloqui online');
    await expect(rows).toContainText('Fine effettiva: 03/03/2021 → diventa 05/03/2021');
    await expect(rows).toContainText('Baseline: 79,69% → diventa 79,7%');
    const text = await rows.innerText();
    for (const raw of ['monitoringNote', 'actualEnd', 'baselineValue', '2021-03-05', '79.7']) expect(text).not.toContain(raw);
    await expectNoAxeViolations(page);
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
