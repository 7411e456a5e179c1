import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Collection, Me } from '@/types/api';
import { mockApi, renderWithProviders, signedIn, type MockRoute } from '@/testing/test-utils';
import { direzionePart, interimCollection, periods2021, plans2021, rpctPart } from '@/testing/fixtures/collection-2021';
import { MyTasks } from '@/features/collection/components/my-tasks';

const direzioneEditor: Me = { username: 'd.verdi', displayName: 'Dario Verdi', kind: 'USER', role: 'EDITOR', structures: ['DIREZIONE'] };
const admin: Me = { username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] };

function cycle(me: Me, collection: Collection = interimCollection, extra: MockRoute[] = []) {
  return mockApi([
    signedIn(me),
    ...extra,
    {
      path: '/api/v1/auth/me/preferences',
      body: { email: 'd.verdi@arti.toscana.it', remindersEnabled: true, version: 3 },
      headers: { ETag: '"3"' },
    },
    { path: '/api/v1/plans', body: plans2021 },
    { path: '/api/v1/plans/1/periods', body: periods2021 },
    { path: '/api/v1/periods/1/collection', body: collection },
    { path: '/api/v1/periods/2/collection', status: 404, body: { title: 'Non trovato', status: 404 } },
  ]);
}

function posts(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls.map(([input]) => input as Request).filter((request) => request.method === 'POST');
}

describe('MyTasks', () => {
  beforeEach(() => {
    // Only the clock: three days before the deadline of 15/07/2021.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-07-12T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shouldShowAnEditorTheirStructuresPartWithTheDeadlineTheMessageAndWhatIsMissing', async () => {
    cycle(direzioneEditor);
    renderWithProviders(<MyTasks />);
    const period = await screen.findByRole('region', { name: /Monitoraggio intermedio al 30\/06\/2021/ });
    expect(within(period).getByTestId('deadline')).toHaveTextContent('15/07/2021 · mancano 3 giorni');
    expect(within(period).getByTestId('collection-message')).toHaveTextContent('entro il 15 luglio');
    const part = within(period).getByRole('article', { name: 'Direzione' });
    expect(within(part).getByText('Da compilare')).toBeInTheDocument();
    expect(within(part).getByRole('heading', { name: 'Cosa manca: 3 elementi' })).toBeInTheDocument();
    const items = within(part).getByRole('list', { name: 'Cosa manca a Direzione' });
    expect(within(items).getByRole('link', { name: 'Obiettivo 1.2, fase 1' })).toHaveAttribute('href', '/obiettivi/2?periodo=1');
    expect(within(items).getByRole('link', { name: 'Obiettivo 1.3, indicatore 1' })).toHaveAttribute('href', '/obiettivi/3?periodo=1');
    expect(within(items).getByText(/in ritardo: la fine prevista del 30\/04\/2021 è passata/)).toBeInTheDocument();
    // RPCT's part is for RPCT's editors.
    expect(screen.queryByRole('article', { name: /RPCT/ })).not.toBeInTheDocument();
  });

  it('shouldSayWhenTheDeadlineHasPassed', async () => {
    vi.setSystemTime(new Date('2021-07-20T10:00:00Z'));
    cycle(direzioneEditor);
    renderWithProviders(<MyTasks />);
    expect(await screen.findByTestId('deadline')).toHaveTextContent('15/07/2021 · scaduta da 5 giorni');
  });

  it('shouldSubmitThePartOnlyOnceConfirmedWithTheVersionRead', async () => {
    const fetch = cycle(direzioneEditor, interimCollection, [
      {
        method: 'POST',
        path: '/api/v1/periods/1/collection/structures/1/submit',
        body: { ...direzionePart, state: 'SUBMITTED', version: 1 },
      },
    ]);
    renderWithProviders(<MyTasks />);
    await userEvent.click(await screen.findByRole('button', { name: 'Invia la parte di Direzione' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviare la parte?' });
    expect(dialog).toHaveTextContent('Restano 3 elementi da completare');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annulla' }));
    expect(posts(fetch)).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Invia la parte di Direzione' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Invia la parte' }));
    expect(await screen.findByText("Parte di Direzione inviata all'ufficio della performance.")).toBeInTheDocument();
    const [post] = posts(fetch);
    expect(post!.headers.get('If-Match')).toBe('"0"');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Direzione' })).toHaveFocus());
  });

  it('shouldShowTheBackendsRefusalFieldByField', async () => {
    cycle(direzioneEditor, interimCollection, [
      {
        method: 'POST',
        path: '/api/v1/periods/1/collection/structures/1/submit',
        status: 422,
        body: {
          title: 'Dati non validi',
          status: 422,
          detail: "Mancano gli interventi correttivi dell'indicatore 1.3.1",
          errors: [{ field: 'correctiveActions', message: "obbligatori per l'indicatore 1.3.1, in ritardo" }],
        },
      },
    ]);
    renderWithProviders(<MyTasks />);
    await userEvent.click(await screen.findByRole('button', { name: 'Invia la parte di Direzione' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Invia la parte' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Mancano gli interventi correttivi dell'indicatore 1.3.1");
    expect(within(alert).getByRole('listitem')).toHaveTextContent("Interventi correttivi: obbligatori per l'indicatore 1.3.1, in ritardo");
  });

  it('shouldShowWhyAPartWasReturnedAndLetItBeSubmittedAgain', async () => {
    const returned = {
      ...direzionePart,
      state: 'RETURNED' as const,
      returnReason: "Manca la motivazione dello scostamento dell'indicatore 1.3.1",
      decidedBy: 'admin',
      decidedAt: '2021-07-10T08:00:00Z',
    };
    cycle(direzioneEditor, { ...interimCollection, parts: [returned, rpctPart] });
    renderWithProviders(<MyTasks />);
    const part = await screen.findByRole('article', { name: 'Direzione' });
    expect(within(part).getByText('Restituito')).toBeInTheDocument();
    expect(within(part).getByTestId('return-reason')).toHaveTextContent('Manca la motivazione dello scostamento');
    expect(within(part).getByText(/Restituita il 10\/07\/2021.* da admin/)).toBeInTheDocument();
    expect(within(part).getByRole('button', { name: 'Invia la parte di Direzione' })).toBeInTheDocument();
  });

  it('shouldOfferNoSubmitForAPartAlreadySubmitted', async () => {
    cycle({ ...direzioneEditor, structures: ['RPCT'] });
    renderWithProviders(<MyTasks />);
    const part = await screen.findByRole('article', { name: /RPCT/ });
    expect(within(part).getByText('Inviato')).toBeInTheDocument();
    expect(within(part).getByText(/Inviata il 08\/07\/2021.* da r\.bianchi/)).toBeInTheDocument();
    expect(within(part).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shouldShowAnAdministratorEveryPartAndTheWayToTheProgressBoard', async () => {
    cycle(admin);
    renderWithProviders(<MyTasks />);
    expect(await screen.findByRole('article', { name: 'Direzione' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /RPCT/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Raccolte' })).toHaveAttribute('href', '/amministrazione/raccolte');
  });

  it('shouldSaySoWhenNoOpenCollectionAsksAnythingOfTheEditor', async () => {
    cycle({ ...direzioneEditor, structures: ['ALTRA'] });
    renderWithProviders(<MyTasks />);
    expect(await screen.findByText('Nessuna raccolta aperta chiede qualcosa alle tue strutture.')).toBeInTheDocument();
  });

  it('shouldShowOnlyThePeriodTheRemindersLinkTo', async () => {
    const fetch = cycle(direzioneEditor);
    renderWithProviders(<MyTasks periodId={2} />);
    expect(await screen.findByText('Questo periodo non ha una raccolta che riguardi le tue strutture.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tutte le raccolte aperte' })).toHaveAttribute('href', '/attivita');
    const asked = fetch.mock.calls.map(([input]) => new URL((input as Request).url).pathname);
    expect(asked).not.toContain('/api/v1/periods/1/collection');
  });

  it('shouldSpeakEnglishToo', async () => {
    cycle(direzioneEditor);
    renderWithProviders(<MyTasks />, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My tasks' })).toBeInTheDocument();
    expect(await screen.findByTestId('deadline')).toHaveTextContent('15/07/2021 · 3 days left');
    expect(screen.getByText('To fill in')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit the part of Direzione' })).toBeInTheDocument();
  });

  it('shouldSayWhereTheRemindersGoAndTurnThemOff', async () => {
    const fetch = cycle(direzioneEditor, interimCollection, [
      {
        method: 'PUT',
        path: '/api/v1/auth/me/preferences',
        body: { email: 'dario.verdi@arti.toscana.it', remindersEnabled: false, version: 4 },
        headers: { ETag: '"4"' },
      },
    ]);
    renderWithProviders(<MyTasks />);
    const panel = await screen.findByRole('region', { name: 'I tuoi solleciti via e-mail' });
    expect(await within(panel).findByTestId('preferences-standing')).toHaveTextContent(
      'I solleciti delle raccolte arrivano a d.verdi@arti.toscana.it.',
    );
    const email = within(panel).getByLabelText(/Il tuo indirizzo e-mail/);
    await userEvent.clear(email);
    await userEvent.type(email, 'dario.verdi');
    await userEvent.click(within(panel).getByRole('button', { name: 'Salva le preferenze' }));
    expect(within(panel).getByText(/Inserire un indirizzo e-mail valido/)).toBeInTheDocument();
    expect(email).toHaveFocus();

    await userEvent.type(email, '@arti.toscana.it');
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Ricevi i solleciti delle raccolte' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Salva le preferenze' }));
    expect(await within(panel).findByText('Preferenze salvate.')).toBeInTheDocument();
    const put = fetch.mock.calls.map(([input]) => input as Request).find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ email: 'dario.verdi@arti.toscana.it', remindersEnabled: false });
  });

  it('shouldLeaveOutTheRemindersOfSomeoneWithoutALocalAccount', async () => {
    cycle(direzioneEditor, interimCollection, [
      { path: '/api/v1/auth/me/preferences', status: 404, body: { title: 'Non trovato', status: 404 } },
    ]);
    renderWithProviders(<MyTasks />);
    await screen.findByRole('article', { name: 'Direzione' });
    expect(screen.queryByRole('region', { name: 'I tuoi solleciti via e-mail' })).not.toBeInTheDocument();
  });
});
