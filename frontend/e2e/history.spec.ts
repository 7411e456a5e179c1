import { expect, test } from '@playwright/test';
import { openObjective, signInWithTheForm } from './support';

test.describe('history', () => {
  test('the history of a phase shows the user and the old and new actual end after an edit in the web app', async ({ page }) => {
    await page.goto('/accesso');
    await signInWithTheForm(page);
    await expect(page.getByTestId('plan-score')).toBeVisible();
    await openObjective(page, '2.3');
    await expect(page.getByRole('row', { name: /^2 / }).getByTestId(/-actual-end$/)).toHaveText('03/03/2021');

    await page.getByRole('button', { name: 'Aggiorna fase 2' }).click();
    const editor = page.locator('#phase-editor');
    await editor.getByLabel('Fine effettiva').fill('2021-03-10');
    await editor.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByText('Fase 2 aggiornata.')).toBeVisible();

    await page.getByRole('button', { name: 'Cronologia fase 2' }).click();
    const history = page.getByRole('region', { name: 'Cronologia della fase 2' });
    const latest = history.getByTestId('history-event').first();
    await expect(latest.getByTestId('history-actor')).toHaveText('admin');
    const change = latest.getByTestId('history-change-actualEnd');
    await expect(change.getByTestId('history-old')).toHaveText('03/03/2021');
    await expect(change.getByTestId('history-new')).toHaveText('10/03/2021');
    await history.getByRole('button', { name: 'Chiudi' }).click();

    // The objective's own history carries what moved its value: the phase's change included.
    await page.getByRole('button', { name: "Cronologia dell'obiettivo 2.3" }).click();
    const objective = page.getByRole('region', { name: "Cronologia dell'obiettivo 2.3" });
    const phaseChange = objective.getByTestId('history-event').filter({ hasText: 'fase' }).first();
    await expect(phaseChange.getByTestId('history-change-actualEnd').getByTestId('history-new')).toHaveText('10/03/2021');
    await expect(objective).not.toContainText('Nessuna modifica registrata');
  });
});
