import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  CORRECTIVE_ACTIONS,
  EXPLANATION,
  PERIOD_LABEL,
  YEAR_END_PEOPLE,
  closePeriod,
  createYearEnd,
  type YearEnd,
} from './year-end-fixture';
import { accountOf } from './cycle-fixture';
import { expectNoAxeViolations, signIn } from './support';

// Issue 16 end to end, one step after the other on a 2017 plan of its own: an editor attaches the evidence behind
// 1.5's result; the period is closed; the OIV checks 1.5 with an observation and validates the year; the Relazione,
// downloaded as DOCX and PDF, names the evidence with its hash; the public transparency page lists the period's
// files and its open data. axe checks every page on the way.
test.describe.configure({ mode: 'serial' });

const FILE_NAME = 'politiche-attive-dicembre-2017.pdf';
const OBSERVATION = 'Il valore di 62,00% è documentato dall’estrazione allegata; il ritardo estivo è motivato.';
const REASONING = 'I risultati dichiarati sono coerenti con gli elementi probativi esaminati.';
let year: YearEnd;

/** A PDF of one empty page: its magic number and structure are all the backend's detector needs. */
function evidencePdf(): Buffer {
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
const evidence = evidencePdf();
const sha256 = createHash('sha256').update(evidence).digest('hex');

/** The text a reader of the PDF gets, page after page, as a screen reader or a search would read it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

/** The text of a DOCX's body, without the XML: what Word or LibreOffice shows. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test.describe('the year end: evidence, the OIV, the Relazione and publication', () => {
  test.beforeAll(async ({ request }) => {
    year = await createYearEnd(request);
  });

  test.beforeEach(() => {
    // Several pages, each scanned by axe.
    test.slow();
  });

  test("an editor of Direzione attaches the evidence behind 1.5's result", async ({ page }) => {
    await signIn(page, accountOf(YEAR_END_PEOPLE.editor));
    await page.goto(`/obiettivi/${year.objectiveId}`);
    await expect(page.getByTestId('period-label')).toHaveText(PERIOD_LABEL);
    await page.getByRole('button', { name: 'Elementi probativi Obiettivo 1.5, indicatore 1' }).click();
    const panel = page.locator('#result-evidence');
    await panel.getByLabel('File da allegare').setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: evidence });
    await panel.getByLabel('Descrizione (facoltativa)').fill('Estrazione delle politiche attive erogate nel 2017');
    await panel.getByRole('button', { name: 'Allega il file' }).click();
    await expect(panel.getByTestId('evidence-status')).toHaveText(`File allegato: ${FILE_NAME}.`);
    const item = panel.getByTestId('evidence-item');
    await item.locator('summary').click();
    await expect(item.getByTestId('evidence-sha256')).toHaveText(sha256);
    await expectNoAxeViolations(page);
  });

  test('the period is closed, and the OIV checks 1.5 against its evidence and validates the year', async ({ page, request }) => {
    await closePeriod(request, year.periodId);

    await signIn(page, accountOf(YEAR_END_PEOPLE.oiv));
    await page.goto(`/oiv/${year.periodId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Revisione OIV' })).toBeVisible();
    await expect(page.getByTestId('oiv-progress')).toHaveText('0 di 1 obiettivi verificati');
    const objective = page.getByTestId('oiv-objective-1.5');
    await expect(objective.getByText(EXPLANATION)).toBeVisible();
    await expect(objective.getByText(CORRECTIVE_ACTIONS)).toBeVisible();
    await objective.getByRole('button', { name: 'Mostra gli elementi probativi (Indicatore 1)' }).click();
    const files = objective.getByRole('table', { name: 'Elementi probativi: Indicatore 1' });
    await expect(files.getByRole('rowheader')).toContainText(FILE_NAME);
    await expect(files.getByTestId('evidence-sha256')).toHaveText(sha256);
    await expectNoAxeViolations(page);

    const check = objective.getByRole('form', { name: "Verifica dell'obiettivo 1.5" });
    await check.locator('label[for$="-outcome-VERIFIED_WITH_OBSERVATIONS"]').click();
    await check.getByLabel(/Osservazioni/).fill(OBSERVATION);
    await check.getByRole('button', { name: 'Salva la verifica' }).click();
    await expect(check.getByRole('status')).toHaveText("Verifica dell'obiettivo 1.5 salvata.");
    await expect(page.getByTestId('oiv-progress')).toHaveText('1 di 1 obiettivi verificati');

    const validation = page.getByRole('form', { name: 'Validazione della Relazione sulla performance' });
    await validation.locator('label[for="oiv-validation-VALIDATED"]').click();
    await validation.getByLabel(/Motivazione/).fill(REASONING);
    await validation.getByRole('button', { name: 'Salva la validazione' }).click();
    await expect(validation.getByRole('status')).toHaveText(`Validazione del periodo ${PERIOD_LABEL} salvata.`);
    await expectNoAxeViolations(page);
  });

  test('the Relazione, as DOCX and as PDF, names the evidence with its hash and carries the validation', async ({ page }) => {
    await page.goto(`/piani/${year.planId}/periodi/${year.periodId}`);
    const downloads = page.getByRole('group', { name: 'Relazione sulla performance (DOCX / PDF)' });
    await expect(downloads).toBeVisible();

    const docx = await download(page, () => downloads.getByRole('button', { name: /DOCX/ }).click());
    expect(docx.name).toBe('relazione-performance-ARTI-2017.docx');
    const words = docxText(docx.bytes);
    for (const expected of [FILE_NAME, sha256, EXPLANATION, CORRECTIVE_ACTIONS, REASONING]) {
      expect(words, `the DOCX names ${expected}`).toContain(expected);
    }

    const pdf = await download(page, () => downloads.getByRole('button', { name: /PDF/ }).click());
    expect(pdf.name).toBe('relazione-performance-ARTI-2017.pdf');
    // Long values wrap inside table cells: compare without the spaces the line breaks leave.
    const printed = (await pdfText(pdf.bytes)).replace(/\s/g, '');
    for (const expected of [FILE_NAME, sha256, REASONING]) {
      expect(printed, `the PDF names ${expected}`).toContain(expected.replace(/\s/g, ''));
    }
    await expectNoAxeViolations(page);
  });

  test('the public transparency page lists the closed period with its files and open data', async ({ page }) => {
    // An anonymous visitor: no one signed in within this page's context.
    await page.goto('/trasparenza/performance');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amministrazione trasparente › Performance');
    const plan = page.getByRole('region', { name: 'Piano della performance 2017' });
    await expect(plan.getByRole('heading', { level: 3, name: PERIOD_LABEL })).toBeVisible();
    for (const format of ['PDF', 'XLSX', 'ODS', 'CSV']) {
      await expect(plan.getByRole('link', { name: new RegExp(`Allegato A.*formato ${format}$`) })).toBeVisible();
    }
    for (const format of ['PDF', 'DOCX']) {
      await expect(plan.getByRole('link', { name: new RegExp(`Relazione sulla performance.*formato ${format}$`) })).toBeVisible();
    }
    const csvLink = plan.getByRole('link', { name: /Valori degli indicatori.*formato CSV$/ });
    const csv = await page.request.get((await csvLink.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Erogazione delle politiche attive del lavoro');
    const relazione = await page.request.get(
      (await plan.getByRole('link', { name: /Relazione sulla performance.*formato PDF$/ }).getAttribute('href'))!,
    );
    expect(relazione.status()).toBe(200);
    expect(relazione.headers()['content-type']).toContain('application/pdf');
    await expectNoAxeViolations(page);
  });
});
