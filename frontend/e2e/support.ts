import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe with the WCAG 2.1 A and AA rules and fails on any violation, listing them. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Opens the dashboard and waits for the report to be on screen. */
export async function openDashboard(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('plan-score')).toBeVisible();
}

/** Opens an objective from the dashboard by its code, as a person would. */
export async function openObjective(page: Page, code: string) {
  await openDashboard(page);
  await page.getByTestId(`objective-${code}`).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}
