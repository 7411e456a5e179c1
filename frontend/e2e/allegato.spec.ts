import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openDashboard } from './support';

// Read-only: downloads the 2021 plan's Allegato A as anyone may, since the plan is public.
test.describe('Allegato A downloads', () => {
  test('downloads the interim monitoring as XLSX, ODS, PDF and CSV with their Italian figures', async ({ page }) => {
    await openDashboard(page);
    const downloads = page.getByRole('group', { name: "Scarica l'Allegato A e i dati aperti di questo periodo" });

    const [xlsx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /XLSX/ }).click()]);
    expect(xlsx.suggestedFilename()).toBe('allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx');
    const workbook = await readFile((await xlsx.path())!);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(page.getByRole('status').filter({ hasText: 'File scaricato' })).toContainText('.xlsx');

    // LibreOffice's own format: a zip whose first entry names the OpenDocument spreadsheet type, uncompressed.
    const [ods] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /ODS/ }).click()]);
    expect(ods.suggestedFilename()).toBe('allegato-a-ARTI-2021-monitoraggio-intermedio.ods');
    const spreadsheet = await readFile((await ods.path())!);
    expect(spreadsheet.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(spreadsheet.subarray(30, 30 + 8 + 46).toString('latin1')).toBe('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');

    const [pdf] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /PDF/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const [csv] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'CSV tabella principale in CSV' }).click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('188,94%');
    expect(text).toContain(';');
  });

  test('downloads the flat open-data CSV of the pull API beside the print layout', async ({ page }) => {
    await openDashboard(page);
    const downloads = page.getByRole('group', { name: "Scarica l'Allegato A e i dati aperti di questo periodo" });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'CSV dati aperti (valori degli indicatori)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^valori-indicatori-piano-\d+-periodo-\d+\.csv$/);
    const lines = (await readFile((await csv.path())!, 'utf8')).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^planId,planYear,periodId,periodKind,periodDate,/);
    // One row per indicator of the plan at the period shown, unrounded with dot decimals: 37.787 / 20.000.
    expect(lines.filter((line) => line.includes(',2021-06-30,'))).toHaveLength(lines.length - 1);
    expect(lines.find((line) => line.includes(',1.5,') && line.includes(',RATIO_PLANNED,'))).toContain('188.935');
  });
});
