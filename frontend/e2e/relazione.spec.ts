import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './accounts';
import { expectNoAxeViolations, openDashboard } from './support';

type Period = { id: number; kind: string };

/** Signs in as the administrator in the page's context and answers the CSRF token its changes must carry. */
async function signInForChanges(page: Page): Promise<string> {
  const login = await page.request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.status(), await login.text()).toBe(200);
  return ((await login.json()) as { csrfToken: string }).csrfToken;
}

async function plan2021(page: Page): Promise<{ planId: number; finalId: number }> {
  const plans = (await (await page.request.get('/api/v1/plans?year=2021')).json()) as { items: { id: number }[] };
  const planId = plans.items[0]!.id;
  const periods = (await (await page.request.get(`/api/v1/plans/${planId}/periods`)).json()) as { items: Period[] };
  return { planId, finalId: periods.items.find((period) => period.kind === 'FINAL')!.id };
}

// Closes the 2021 final period and reopens it at the end, so that the files after this one find it open.
test.describe('Relazione sulla performance', () => {
  test('downloads the Relazione of the closed 2021 final period as DOCX and PDF', async ({ page }) => {
    test.slow();
    const csrf = await signInForChanges(page);
    const { planId, finalId } = await plan2021(page);

    // While the final period is open there is no Relazione to offer.
    await openDashboard(page, `/piani/${planId}/periodi/${finalId}`);
    await expect(page.getByRole('group', { name: 'Relazione sulla performance (DOCX / PDF)' })).toHaveCount(0);

    const closed = await page.request.post(`/api/v1/periods/${finalId}/close`, { headers: { 'Csrf-Token': csrf } });
    expect(closed.status(), await closed.text()).toBe(200);
    try {
      await openDashboard(page, `/piani/${planId}/periodi/${finalId}`);
      const downloads = page.getByRole('group', { name: 'Relazione sulla performance (DOCX / PDF)' });
      await expect(downloads).toBeVisible();

      const [docx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /DOCX/ }).click()]);
      expect(docx.suggestedFilename()).toBe('relazione-performance-ARTI-2021.docx');
      const word = await readFile((await docx.path())!);
      expect(word.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(word.toString('latin1')).toContain('word/document.xml');
      await expect(page.getByRole('status').filter({ hasText: 'File scaricato' })).toContainText('.docx');

      const [pdf] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /PDF/ }).click()]);
      expect(pdf.suggestedFilename()).toBe('relazione-performance-ARTI-2021.pdf');
      const printable = await readFile((await pdf.path())!);
      expect(printable.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // PDF/A declares its conformance in the XMP metadata, which is left uncompressed for archives to read.
      expect(printable.toString('latin1')).toContain('pdfaid:part');
      await expect(page.getByRole('status').filter({ hasText: 'File scaricato' })).toContainText('.pdf');

      await expectNoAxeViolations(page);
    } finally {
      const reopened = await page.request.post(`/api/v1/periods/${finalId}/reopen`, {
        headers: { 'Csrf-Token': csrf },
        data: { reason: 'Fine della verifica della Relazione sulla performance' },
      });
      expect(reopened.status(), await reopened.text()).toBe(200);
    }
  });
});
