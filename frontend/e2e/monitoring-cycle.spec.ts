import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CYCLE_EDITORS, accountOf, createCyclePlan, daysFromToday, italianDate, type CyclePlan } from './cycle-fixture';
import { expectNoAxeViolations, expectNoOutlineViolations, signIn } from './support';

// The cycle of issue 15 on a 2019 plan of its own (see cycle-fixture.ts), one step after the other: the office opens
// the collection, editors fill in and submit their parts, the office returns and accepts them and closes the period.
test.describe.configure({ mode: 'serial' });

const PERIOD = 'Monitoraggio intermedio al 30/06/2019';
const EXPLANATION = 'Gli sportelli di orientamento sono partiti a maggio, un mese dopo il previsto, per il ritardo del bando regionale';
const CORRECTIVE_ACTIONS = 'Due sportelli aggiuntivi da settembre e richiamo telefonico degli iscritti non ancora orientati';
const RETURN_REASON = 'Indicare la fonte del dato della quota di giovani orientati';
const DEADLINE = daysFromToday(14);
let plan: CyclePlan;

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

test.describe('the monitoring cycle', () => {
  test.beforeAll(async ({ request }) => {
    plan = await createCyclePlan(request);
  });

  test.beforeEach(() => {
    // Several pages, a few accessibility scans each.
    test.slow();
  });

  test('the office opens the collection of a period, with a deadline and a message', async ({ page }) => {
    await signIn(page);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Raccolte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Raccolte di monitoraggio' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(PERIOD) });
    await expect(row).toContainText('Nessuna raccolta');
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: `Apri una raccolta ${PERIOD}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Raccolta: ${PERIOD}` })).toBeVisible();
    const form = page.getByRole('form', { name: 'Apri la raccolta' });
    await form.getByRole('button', { name: 'Apri la raccolta' }).click();
    await expect(form.getByText('Indica la scadenza')).toBeVisible();
    await expect(form.getByLabel(/Scadenza/)).toBeFocused();
    await expectNoAxeViolations(page);

    await form.getByLabel(/Scadenza/).fill(DEADLINE);
    await form.getByLabel(/Messaggio alle strutture/).fill('Si chiede di inserire i valori al 30/06/2019 e le valutazioni.');
    // The first reminder today: fourteen days before the deadline.
    await form.getByLabel(/Giorni di anticipo del primo sollecito/).fill('14');
    await form.getByRole('button', { name: 'Apri la raccolta' }).click();
    const opened = page.getByText('Raccolta aperta: coinvolge 2 strutture.');
    await expect(opened).toBeFocused();
    await expect(page.getByTestId('deadline')).toHaveText(`${italianDate(DEADLINE)} · mancano 14 giorni`);
    await expect(page.getByTestId('collection-tally')).toHaveText('2 strutture: 2 da compilare, 0 inviate, 0 restituite, 0 accettate.');
    await expect(page.getByRole('row', { name: /^Direzione/ })).toContainText('Da compilare');
    await expect(page.getByTestId('reminder-schedule')).toHaveText(
      '14 giorni prima della scadenza e il giorno stesso, poi ogni 2 giorni finché la parte non è inviata',
    );
    await expect(page.getByTestId('reminders-none')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoOutlineViolations(page);

    // Today's reminders, at once: one digest for each editor with something to do and an address.
    await page.getByRole('button', { name: 'Invia ora i solleciti di oggi' }).click();
    await expect(page.getByText(/solleciti accodati: partono entro pochi secondi\. Prossimo sollecito: /)).toBeVisible();
    const sent = page.getByRole('table', { name: 'Solleciti della raccolta' });
    await expect(sent.getByRole('row', { name: /Dario Verdi/ }).first()).toContainText('dario.verdi@arti.toscana.it');
    await expect(sent.getByRole('row', { name: /Rita Bianchi/ }).first()).toContainText('rita.bianchi@arti.toscana.it');
    await expectNoAxeViolations(page);
  });

  test('an editor sees what is asked of their structure, fills in values with the explanation of a deviation and submits', async ({ page }) => {
    await signIn(page, accountOf(CYCLE_EDITORS.direzione));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Le mie attività' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Le mie attività' })).toBeVisible();
    const period = page.getByRole('region', { name: new RegExp(PERIOD) });
    await expect(period.getByTestId('deadline')).toHaveText(`${italianDate(DEADLINE)} · mancano 14 giorni`);
    await expect(period.getByTestId('collection-message')).toHaveText('Si chiede di inserire i valori al 30/06/2019 e le valutazioni.');
    const part = period.getByRole('article', { name: 'Direzione' });
    await expect(part).toContainText('Da compilare');
    await expect(page.getByRole('article', { name: /RPCT/ })).toHaveCount(0);
    const asked = part.getByRole('list', { name: 'Cosa manca a Direzione' });
    await expect(asked.getByRole('listitem')).toHaveCount(2);
    await expect(asked.getByRole('listitem').filter({ hasText: 'Obiettivo 1.1, indicatore 1' })).toContainText(
      'manca il valore conseguito; manca la valutazione sintetica',
    );
    await expect(asked.getByRole('listitem').filter({ hasText: 'Obiettivo 1.1, fase 1' })).toContainText(
      'in ritardo: la fine prevista del 30/04/2019 è passata',
    );
    await expect(page.getByTestId('preferences-standing')).toHaveText(
      'I solleciti delle raccolte arrivano a dario.verdi@arti.toscana.it.',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'docs/screenshots/my-tasks.png', fullPage: true, animations: 'disabled' });

    // Each item leads to the objective's page at the period, where it is filled in.
    await asked.getByRole('link', { name: 'Obiettivo 1.1, indicatore 1' }).click();
    await expect(page).toHaveURL(`/obiettivi/${plan.direzioneObjectiveId}?periodo=${plan.periodId}`);
    await expect(page.getByTestId('collection-note')).toContainText('Raccolta del periodo, parte di Direzione: Da compilare');
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 1.1, indicatore 1' }).click();
    const result = page.locator('#result-editor');
    // 30% of young people reached by the end of June, against 80% in the year: below its pace.
    await result.getByLabel('Valore conseguito (%)').fill('30');
    await expect(result.getByTestId('suggestion')).toHaveAttribute('data-current', 'true');
    await expect(result.getByTestId('deviation-reasons')).toContainText("valore 30,00% sotto l'atteso pro rata di");
    // The design system draws its own radio over the input: the label is what a person clicks.
    await result.locator('label[for$="-step-5"]').click();
    await expect(result.getByRole('radio', { name: /5 · in ritardo/ })).toBeChecked();
    await expect(result.getByTestId('deviation-reasons')).toContainText('valutazione 5 · in ritardo');
    await result.getByRole('button', { name: 'Salva', exact: true }).click();
    const explanation = result.getByLabel(/Motivazione dello scostamento/);
    await expect(explanation).toBeFocused();
    await expect(result.getByText("Obbligatoria quando l'indicatore è valutato in ritardo o è sotto l'atteso pro rata")).toBeVisible();
    await expectNoAxeViolations(page);
    await explanation.fill(EXPLANATION);
    await result.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(page.getByText('Risultato salvato: Obiettivo 1.1, indicatore 1.')).toBeVisible();
    await page.getByRole('button', { name: 'Aggiorna fase 1' }).click();
    const phase = page.locator('#phase-editor');
    await phase.getByLabel('Fine effettiva').fill('2019-05-20');
    await phase.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByText('Fase 1 aggiornata.')).toBeVisible();

    await page.getByRole('link', { name: 'Torna alle mie attività' }).click();
    await expect(page).toHaveURL(`/attivita?periodo=${plan.periodId}`);
    await expect(part).toContainText('Nulla da completare');
    await part.getByRole('button', { name: 'Invia la parte di Direzione' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inviare la parte?' });
    await expect(dialog.getByRole('button', { name: 'Annulla' })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Invia la parte' }).click();
    // Behind, the indicator needs its corrective actions before the part goes: the backend says so, field by field.
    const refusal = part.getByRole('alert');
    await expect(refusal).toContainText('Interventi correttivi:');
    await expect(part).toContainText('Da compilare');
    await expectNoAxeViolations(page);

    await page.goto(`/obiettivi/${plan.direzioneObjectiveId}?periodo=${plan.periodId}`);
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 1.1, indicatore 1' }).click();
    await expect(result.getByLabel(/Motivazione dello scostamento/)).toHaveValue(EXPLANATION);
    await result.getByLabel(/Interventi correttivi/).fill(CORRECTIVE_ACTIONS);
    await result.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(page.getByText('Risultato salvato: Obiettivo 1.1, indicatore 1.')).toBeVisible();
    await page.getByRole('link', { name: 'Torna alle mie attività' }).click();
    await part.getByRole('button', { name: 'Invia la parte di Direzione' }).click();
    await dialog.getByRole('button', { name: 'Invia la parte' }).click();
    await expect(part.getByRole('status')).toHaveText("Parte di Direzione inviata all'ufficio della performance.");
    await expect(part.getByRole('heading', { name: 'Direzione' })).toBeFocused();
    await expect(part).toContainText('Inviato');
    await expect(part.getByRole('button', { name: /Invia la parte/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Submitted, the period's results are the office's to judge: the editor's result forms are gone, said why.
    await page.goto(`/obiettivi/${plan.direzioneObjectiveId}?periodo=${plan.periodId}`);
    await expect(page.getByTestId('collection-note')).toContainText('i risultati del periodo non sono modificabili');
    await expect(page.getByRole('button', { name: 'Aggiorna Obiettivo 1.1, indicatore 1' })).toHaveCount(0);
  });

  test("the dashboard says each objective's state in the collection, in words", async ({ page }) => {
    await page.goto(`/piani/${plan.planId}/periodi/${plan.periodId}`);
    await expect(page.getByTestId('collection-state-1.1')).toHaveText('Raccolta del periodoInviato');
    await expect(page.getByTestId('collection-state-1.2')).toHaveText('Raccolta del periodoDa compilare');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('collection-state-1.1')).toHaveText("Period's collectionSubmitted");
    await expectNoAxeViolations(page);
  });

  test('the office returns the part with a reason; the editor reads it, corrects and submits again', async ({ page, browser }) => {
    await signIn(page);
    await page.goto(`/amministrazione/raccolte/${plan.periodId}`);
    const direzione = page.getByRole('row', { name: /^Direzione/ });
    await expect(direzione).toContainText('Inviato');
    const rpct = page.getByRole('row', { name: /^Responsabile Prevenzione/ });
    await rpct.getByRole('button', { name: /^Cosa manca/ }).click();
    await expect(page.getByRole('list', { name: /Cosa manca a Responsabile Prevenzione/ })).toContainText('Obiettivo 1.2, indicatore 1');

    await direzione.getByRole('button', { name: 'Restituisci Direzione' }).click();
    const form = page.getByRole('form', { name: 'Restituisci la parte di Direzione' });
    await expect(form.getByLabel(/Motivo della restituzione/)).toBeFocused();
    await form.getByRole('button', { name: 'Restituisci la parte' }).click();
    await expect(form.getByText('Indica il motivo della restituzione')).toBeVisible();
    await expectNoAxeViolations(page);
    await form.getByLabel(/Motivo della restituzione/).fill(RETURN_REASON);
    await form.getByRole('button', { name: 'Restituisci la parte' }).click();
    await expect(page.getByText('Parte di Direzione restituita.')).toBeFocused();
    await expect(direzione).toContainText('Restituito');
    await expect(direzione).toContainText(RETURN_REASON);
    await page.screenshot({ path: 'docs/screenshots/collection-board.png', fullPage: true, animations: 'disabled' });

    const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const editor = await context.newPage();
    await signIn(editor, accountOf(CYCLE_EDITORS.direzione));
    await editor.goto(`/attivita?periodo=${plan.periodId}`);
    const part = editor.getByRole('article', { name: 'Direzione' });
    await expect(part).toContainText('Restituito');
    await expect(part.getByTestId('return-reason')).toHaveText(RETURN_REASON);
    await expectNoAxeViolations(editor);
    await editor.goto(`/obiettivi/${plan.direzioneObjectiveId}?periodo=${plan.periodId}`);
    await expect(editor.getByTestId('collection-note')).toContainText(RETURN_REASON);
    await editor.getByRole('button', { name: 'Aggiorna Obiettivo 1.1, indicatore 1' }).click();
    await editor.locator('#result-editor').getByLabel('Fonte del dato').fill('Sistema informativo lavoro, estrazione del 01/07/2019');
    await editor.locator('#result-editor').getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(editor.getByText('Risultato salvato: Obiettivo 1.1, indicatore 1.')).toBeVisible();
    await editor.getByRole('link', { name: 'Torna alle mie attività' }).click();
    await part.getByRole('button', { name: 'Invia la parte di Direzione' }).click();
    await editor.getByRole('dialog', { name: 'Inviare la parte?' }).getByRole('button', { name: 'Invia la parte' }).click();
    await expect(part).toContainText('Inviato');
    await context.close();
  });

  test('the other structure submits its part, on track', async ({ page }) => {
    await signIn(page, accountOf(CYCLE_EDITORS.rpct));
    await page.goto(`/obiettivi/${plan.rpctObjectiveId}?periodo=${plan.periodId}`);
    await page.getByRole('button', { name: 'Aggiorna Obiettivo 1.2, indicatore 1' }).click();
    const result = page.locator('#result-editor');
    await result.getByLabel('Valore conseguito (%)').fill('60');
    await result.locator('label[for$="-step-3"]').click();
    await expect(result.getByTestId('deviation')).toHaveCount(0);
    await result.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(page.getByText('Risultato salvato: Obiettivo 1.2, indicatore 1.')).toBeVisible();
    await page.getByRole('link', { name: 'Torna alle mie attività' }).click();
    const part = page.getByRole('article', { name: /RPCT/ });
    await part.getByRole('button', { name: /Invia la parte di/ }).click();
    await page.getByRole('dialog', { name: 'Inviare la parte?' }).getByRole('button', { name: 'Invia la parte' }).click();
    await expect(part).toContainText('Inviato');
  });

  test('the office accepts the parts and closes the period, asked for a reason while one is not accepted', async ({ page }) => {
    await signIn(page);
    await page.goto(`/amministrazione/raccolte/${plan.periodId}`);
    const direzione = page.getByRole('row', { name: /^Direzione/ });
    await direzione.getByRole('button', { name: 'Accetta Direzione' }).click();
    await page.getByRole('dialog', { name: 'Accettare la parte?' }).getByRole('button', { name: 'Accetta' }).click();
    await expect(page.getByText('Parte di Direzione accettata.')).toBeFocused();
    await expect(direzione).toContainText('Accettato');
    await expect(page.getByTestId('collection-tally')).toHaveText('2 strutture: 0 da compilare, 1 inviata, 0 restituite, 1 accettata.');

    const closing = page.getByRole('region', { name: 'Chiusura del periodo' });
    await expect(closing).toContainText('La parte di Responsabile Prevenzione Corruzione e Trasparenza (RPCT) non è accettata.');
    await closing.getByRole('button', { name: 'Chiudi il periodo' }).click();
    await expect(closing.getByLabel(/Motivo della chiusura/)).toBeFocused();
    await expect(closing.getByText('Indica il motivo della chiusura')).toBeVisible();
    await expectNoAxeViolations(page);

    const rpct = page.getByRole('row', { name: /^Responsabile Prevenzione/ });
    await rpct.getByRole('button', { name: /^Accetta/ }).click();
    await page.getByRole('dialog', { name: 'Accettare la parte?' }).getByRole('button', { name: 'Accetta' }).click();
    await expect(rpct).toContainText('Accettato');
    await expect(closing).toContainText('Tutte le parti sono accettate');
    await expect(closing.getByLabel(/Motivo della chiusura/)).toHaveCount(0);
    await closing.getByRole('button', { name: 'Chiudi il periodo' }).click();
    await page.getByRole('dialog', { name: 'Chiudere il periodo?' }).getByRole('button', { name: 'Chiudi il periodo' }).click();
    await expect(page.getByText(`Periodo «${PERIOD}» chiuso: il suo Allegato A è congelato.`)).toBeFocused();
    await expect(page.getByText(/Periodo chiuso il .* da admin: la raccolta è conclusa\./)).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Restituisci|Accetta)/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto('/amministrazione/raccolte');
    await expect(page.getByRole('row', { name: new RegExp(PERIOD) })).toContainText('Chiuso');
  });

  test("the closed period's Allegato A carries the explanation of the deviation and the corrective actions", async ({ page }) => {
    await page.goto(`/piani/${plan.planId}/periodi/${plan.periodId}`);
    const objective = page.getByTestId('objective-1.1');
    await objective.getByRole('button', { name: /Note e fonte dei dati/ }).first().click();
    await expect(objective.getByTestId(/^notes-\d+-deviationExplanation$/)).toHaveText(EXPLANATION);
    await expect(objective.getByTestId(/^notes-\d+-correctiveActions$/)).toHaveText(CORRECTIVE_ACTIONS);

    const downloads = page.getByRole('group', { name: "Scarica l'Allegato A e i dati aperti di questo periodo" });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'CSV tabella principale in CSV' }).click(),
    ]);
    const table = await readFile((await csv.path())!, 'utf8');
    expect(table).toContain('Motivazione dello scostamento');
    expect(table).toContain(EXPLANATION);
    expect(table).toContain(CORRECTIVE_ACTIONS);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: /XLSX/ }).click()]);
    expect(xlsx.suggestedFilename()).toBe('allegato-a-ARTI-2019-monitoraggio-intermedio.xlsx');
  });

  test.describe('on a phone (390×844)', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the tasks and the board fit the screen', async ({ page, browser }) => {
      await signIn(page);
      await page.goto(`/amministrazione/raccolte/${plan.periodId}`);
      await expect(page.getByRole('row', { name: /^Direzione/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      await expectNoOutlineViolations(page);

      // axe runs only in a page of a context of its own.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
      const editor = await context.newPage();
      await signIn(editor, accountOf(CYCLE_EDITORS.direzione));
      await editor.goto(`/attivita?periodo=${plan.periodId}`);
      await expect(editor.getByRole('article', { name: 'Direzione' })).toBeVisible();
      await expectNoSidewaysScroll(editor);
      await expectNoAxeViolations(editor);
      await context.close();
    });
  });
});
