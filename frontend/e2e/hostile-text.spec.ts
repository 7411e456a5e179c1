import { expect, test } from '@playwright/test';
import { openObjective, signIn } from './support';

// Texts that would run, break or be evaluated if the app or a spreadsheet interpreted them instead of showing them.
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  "'; DROP TABLE phase; --",
  '{{constructor.constructor("window.__pwned=3")()}}',
  '=HYPERLINK("http://example.invalid","clic")',
].join(' | ');

test.describe('hostile texts', () => {
  test('a note with markup, SQL and a formula is stored as typed and shown as plain text', async ({ page }) => {
    await signIn(page);
    await openObjective(page, '1.3');
    await page.getByRole('button', { name: 'Aggiorna fase 1' }).click();
    const editor = page.locator('#phase-editor');
    const note = editor.getByLabel('Nota di monitoraggio');
    const original = await note.inputValue();
    try {
      await note.fill(HOSTILE);
      await editor.getByRole('button', { name: 'Salva' }).click();
      await expect(page.getByText('Fase 1 aggiornata.')).toBeVisible();

      await page.reload();
      // The note sits under the phase's "Nota e fonte" disclosure, as a person opens it.
      await page.getByRole('row', { name: /^1 / }).locator('summary').click();
      await expect(page.getByText(HOSTILE, { exact: true })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator('main script')).toHaveCount(0);
    } finally {
      // Later specs read this plan as seeded.
      await page.getByRole('button', { name: 'Aggiorna fase 1' }).click();
      await editor.getByLabel('Nota di monitoraggio').fill(original);
      await editor.getByRole('button', { name: 'Salva' }).click();
      await expect(page.getByText('Fase 1 aggiornata.')).toBeVisible();
    }
  });
});
