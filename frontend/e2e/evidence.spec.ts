import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createUser, expectNoAxeViolations, expectNoOutlineViolations, objectiveId, signIn } from './support';

// Issue 16, point 1 in the web app: an editor of Direzione attaches the extraction behind 1.5's remote interviews to
// its result at 30/06/2021, finds it listed with the SHA-256 it computes itself, downloads the very same bytes, is
// refused an executable named .pdf in words, and removes the file; axe checks the page with the panel open.
test.describe.configure({ mode: 'serial' });

const EDITOR = { username: 'g.neri', password: 'giulia-password-2021' };
const FILE_NAME = 'colloqui-a-distanza-giugno-2021.pdf';
const DESCRIPTION = 'Estrazione dal sistema dei colloqui a distanza al 30/06/2021';

/** A small PDF of one empty page: its magic number is all the backend's detector needs to call it a PDF. */
function minimalPdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** The headers of a Windows executable (MZ, the DOS stub, a PE header for i386), as the backend's own tests use. */
function windowsExecutable(): Buffer {
  const exe = Buffer.alloc(1024);
  exe.write('MZ', 0, 'latin1');
  exe.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  exe[0x3c] = 0x80;
  exe.write('PE', 0x80, 'latin1');
  exe[0x84] = 0x4c;
  exe[0x85] = 0x01;
  exe[0x98] = 0x0b;
  exe[0x99] = 0x01;
  return exe;
}

/** The ids of 1.5's first indicator and of the 2021 plan's interim period, as the API names them. */
async function interimResultOf15(page: Page): Promise<{ indicatorId: number; periodId: number }> {
  const plans = (await (await page.request.get('/api/v1/plans')).json()) as { items: { id: number; year: number }[] };
  const planId = plans.items.find((plan) => plan.year === 2021)!.id;
  const periods = (await (await page.request.get(`/api/v1/plans/${planId}/periods`)).json()) as {
    items: { id: number; kind: string }[];
  };
  const report = (await (await page.request.get(`/api/v1/plans/${planId}/report`)).json()) as {
    areas: { objectives: { code: string; indicators: { id: number }[] }[] }[];
  };
  const objective = report.areas.flatMap((area) => area.objectives).find((candidate) => candidate.code === '1.5')!;
  return { indicatorId: objective.indicators[0].id, periodId: periods.items.find((period) => period.kind === 'INTERIM')!.id };
}

const pdf = minimalPdf();
const sha256 = createHash('sha256').update(pdf).digest('hex');

test.describe('evidence (elementi probativi)', () => {
  test.beforeAll(async ({ request }) => {
    await createUser(request, { ...EDITOR, displayName: 'Giulia Neri', role: 'EDITOR', structures: ['DIREZIONE'] });
  });

  test("an editor attaches a PDF to 1.5's result, checks its hash, downloads it, is refused an executable and removes it", async ({
    page,
  }) => {
    test.slow();
    await signIn(page, EDITOR);
    await page.goto(`/obiettivi/${await objectiveId(page, '1.5')}`);
    await expect(page.getByTestId('period-label')).toHaveText('Monitoraggio intermedio al 30/06/2021');

    await page.getByRole('button', { name: 'Elementi probativi Obiettivo 1.5, indicatore 1' }).click();
    const panel = page.locator('#result-evidence');
    await expect(panel.getByRole('heading', { name: /^Elementi probativi: Obiettivo 1\.5, indicatore 1/ })).toBeFocused();
    await expect(panel.getByTestId('evidence-none')).toHaveText('Nessun file allegato.');
    await expect(panel.getByText('PDF, ODT, DOCX, ODS, XLSX, CSV, PNG o JPEG, al massimo 20 MB.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    // Attach: the file field has its visible label, the description is optional.
    await panel.getByLabel('File da allegare').setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: pdf });
    await panel.getByLabel('Descrizione (facoltativa)').fill(DESCRIPTION);
    await panel.getByRole('button', { name: 'Allega il file' }).click();
    await expect(panel.getByTestId('evidence-status')).toHaveText(`File allegato: ${FILE_NAME}.`);

    const item = panel.getByTestId('evidence-item');
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('evidence-name')).toHaveText(FILE_NAME);
    await expect(item.getByText(DESCRIPTION)).toBeVisible();
    await expect(item.getByTestId('evidence-type')).toHaveText('PDF');
    await expect(item.getByTestId('evidence-size')).toHaveText(`${pdf.length} byte`);
    await expect(item).toContainText(`da ${EDITOR.username} il `);
    // The hash the backend kept is the one computed here: short at first, whole once opened.
    await expect(item.getByTestId('evidence-sha256-short')).toHaveText(`${sha256.slice(0, 8)}…${sha256.slice(-8)}`);
    await item.locator('summary').click();
    await expect(item.getByTestId('evidence-sha256')).toBeVisible();
    await expect(item.getByTestId('evidence-sha256')).toHaveText(sha256);
    await expectNoAxeViolations(page);

    // Download: the very bytes uploaded, under their own name.
    const downloading = page.waitForEvent('download');
    await item.getByRole('link', { name: `Scarica ${FILE_NAME}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const downloaded = await readFile(await download.path());
    expect(Buffer.compare(downloaded, pdf)).toBe(0);
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(sha256);
    await expect(panel.getByTestId('evidence-status')).toHaveText(`File scaricato: ${FILE_NAME}.`);

    // An executable named .pdf: refused from its content, the reason said under the file field.
    const fileField = panel.getByLabel('File da allegare');
    await fileField.setInputFiles({ name: 'fattura.pdf', mimeType: 'application/pdf', buffer: windowsExecutable() });
    await panel.getByRole('button', { name: 'Allega il file' }).click();
    const refusal = panel.locator('form').getByRole('alert');
    await expect(refusal).toContainText('Tipo di file non accettato');
    await expect(refusal.getByTestId('evidence-failure-detail')).toContainText('«fattura.pdf»');
    await expect(refusal.getByTestId('evidence-failure-detail')).toContainText('eseguibile');
    await expect(fileField).toBeFocused();
    await expect(fileField).toHaveAttribute('aria-invalid', 'true');
    await expect(item).toHaveCount(1);
    await expectNoAxeViolations(page);

    // Remove, once confirmed in the dialog.
    await item.getByRole('button', { name: `Rimuovi ${FILE_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rimuovere «${FILE_NAME}»?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Annulla' })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Rimuovi il file' }).click();
    await expect(panel.getByTestId('evidence-status')).toHaveText(`File rimosso: ${FILE_NAME}.`);
    await expect(panel.getByTestId('evidence-none')).toBeVisible();
    await expect(panel.getByRole('heading', { name: /^Elementi probativi: Obiettivo 1\.5, indicatore 1/ })).toBeFocused();

    // The backend holds nothing more for the result.
    const { indicatorId, periodId } = await interimResultOf15(page);
    const listed = await page.request.get(`/api/v1/indicators/${indicatorId}/results/${periodId}/evidence`);
    expect(listed.status()).toBe(200);
    expect(((await listed.json()) as { items: unknown[] }).items).toEqual([]);

    // Closing the panel gives the focus back to the button that opened it.
    await panel.getByRole('button', { name: 'Chiudi' }).click();
    await expect(page.getByRole('button', { name: 'Elementi probativi Obiettivo 1.5, indicatore 1' })).toBeFocused();
  });

  test("on a phone, the administrator attaches an extraction to a phase of 1.5's timeline and the page still fits", async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    await page.goto(`/obiettivi/${await objectiveId(page, '1.5')}`);
    await page.getByRole('button', { name: 'Elementi probativi fase 1' }).click();
    const panel = page.locator('#phase-evidence');
    await expect(panel.getByRole('heading', { name: 'Elementi probativi della fase 1' })).toBeFocused();

    const csv = Buffer.from('settore;data;colloqui\nArezzo e Siena;2021-06-30;4120\nFirenze e Prato;2021-06-30;9877\n', 'utf8');
    await panel.getByLabel('File da allegare').setInputFiles({ name: 'colloqui-per-settore.csv', mimeType: 'text/csv', buffer: csv });
    await panel.getByRole('button', { name: 'Allega il file' }).click();
    await expect(panel.getByTestId('evidence-status')).toHaveText('File allegato: colloqui-per-settore.csv.');
    const item = panel.getByTestId('evidence-item');
    await expect(item.getByTestId('evidence-type')).toHaveText('Testo CSV');
    const csvHash = createHash('sha256').update(csv).digest('hex');
    await expect(item.getByTestId('evidence-sha256-short')).toHaveText(`${csvHash.slice(0, 8)}…${csvHash.slice(-8)}`);
    // The period is open and nothing has been closed since the upload: the file can still be removed.
    await expect(item.getByRole('button', { name: 'Rimuovi colloqui-per-settore.csv' })).toBeEnabled();

    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);

    // Left as found for the files that follow.
    await item.getByRole('button', { name: 'Rimuovi colloqui-per-settore.csv' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rimuovi il file' }).click();
    await expect(panel.getByTestId('evidence-none')).toBeVisible();
  });

  test('a viewer is not offered the evidence, which is not public', async ({ page, request }) => {
    const viewer = { username: 'v.rosa', password: 'viola-password-2021' };
    await createUser(request, { ...viewer, displayName: 'Viola Rosa', role: 'VIEWER' });
    await signIn(page, viewer);
    await page.goto(`/obiettivi/${await objectiveId(page, '1.5')}`);
    await expect(page.getByRole('button', { name: 'Cronologia Obiettivo 1.5, indicatore 1' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Elementi probativi/ })).toHaveCount(0);
  });
});
