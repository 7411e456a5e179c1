import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openDashboard } from './support';

const codes = (page: import('@playwright/test').Page) =>
  page.locator('article[data-testid^="objective-"]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')!.slice(10)));

// Read-only; sorted before the files that change the 2021 assessments.
test.describe('what needs attention', () => {
  test('the assessment counts are links that narrow the dashboard, kept in the address', async ({ page }) => {
    await openDashboard(page);
    const summary = page.getByTestId('assessment-summary');
    const late = summary.getByRole('link', { name: /5 · in ritardo.*2 indicatori/ });
    await expect(late).toBeVisible();
    await expect(summary.getByRole('link', { name: /4 · da iniziare – in ritardo/ })).toHaveCount(0);

    await late.click();
    await expect(page).toHaveURL(/[?&]valutazione=5(&|$)/);
    await expect(page.getByTestId('objective-count')).toHaveText('2 obiettivi mostrati su 15');
    expect(await codes(page)).toEqual(['1.6', '2.2']);
    await expect(page.getByLabel('Valutazione sintetica', { exact: true })).toHaveValue('5');
    await expect(summary.getByRole('link', { name: /5 · in ritardo/ })).toHaveAttribute('aria-current', 'true');
    await expectNoAxeViolations(page);

    // Shared as an address, the view opens the same.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await expect(page.getByTestId('objective-count')).toHaveText('2 obiettivi mostrati su 15');

    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    await expect(page).not.toHaveURL(/valutazione=/);
    await expect(page.getByTestId('objective-count')).toHaveText('15 obiettivi mostrati su 15');
  });

  test('a link and a filter show the objectives with late phases', async ({ page }) => {
    await openDashboard(page);
    await page.getByTestId('summary-late-phases').getByRole('link', { name: '1 fase in ritardo, in 1 obiettivo: mostra' }).click();
    await expect(page).toHaveURL(/[?&]fasi=in-ritardo(&|$)/);
    expect(await codes(page)).toEqual(['2.2']);
    await expect(page.getByLabel('Solo obiettivi con fasi in ritardo')).toBeChecked();

    await page.getByText('Solo obiettivi con fasi in ritardo').click();
    await expect(page).not.toHaveURL(/fasi=/);
    await page.getByLabel('Valutazione sintetica', { exact: true }).selectOption({ label: '1 · in anticipo' });
    await expect(page).toHaveURL(/valutazione=1/);
    expect(await codes(page)).toEqual(['1.5', '1.7']);
  });
});
