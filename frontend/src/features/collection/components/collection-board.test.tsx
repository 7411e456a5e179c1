import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@/types/api';
import { mockApi, renderWithProviders, signedIn, type MockRoute } from '@/testing/test-utils';
import { interimCollection, interimPeriod, plans2021, rpctPart } from '@/testing/fixtures/collection-2021';
import { CollectionBoard } from '@/features/collection/components/collection-board';

const admin: Me = { username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] };
const noCollection = { path: '/api/v1/periods/1/collection', status: 404, body: { title: 'Non trovato', status: 404 } };
const RPCT = 'Responsabile Prevenzione Corruzione e Trasparenza (RPCT)';

const messages = {
  items: [
    {
      id: 9,
      recipientAddress: 'r.bianchi@arti.toscana.it',
      recipientName: 'Rita Bianchi',
      subject: 'Monitoraggio al 30/06/2021: 2 attività da completare',
      state: 'SENT',
      attempts: 1,
      createdAt: '2021-07-12T06:00:00Z',
      sentAt: '2021-07-12T06:00:05Z',
      aboutKind: 'collection',
      aboutId: 4,
    },
    {
      id: 8,
      recipientAddress: 'd.verdi@arti.toscana.it',
      subject: 'Monitoraggio al 30/06/2021: 4 attività da completare',
      state: 'PENDING',
      attempts: 2,
      lastError: 'ConnectException: Connection refused',
      createdAt: '2021-07-12T06:00:00Z',
      aboutKind: 'collection',
      aboutId: 4,
    },
  ],
  offset: 0,
  limit: 500,
  total: 2,
};

function board(routes: MockRoute[]) {
  return mockApi([
    signedIn(admin),
    ...routes,
    { path: '/api/v1/periods/1', body: interimPeriod },
    { path: '/api/v1/plans', body: plans2021 },
    { path: /^\/api\/v1\/mail\/messages/, body: messages },
    { path: '/api/v1/periods/1/collection', body: interimCollection },
  ]);
}

function posts(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls.map(([input]) => input as Request).filter((request) => request.method === 'POST');
}

describe('CollectionBoard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-07-12T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shouldOpenACollectionWithADeadlineNotBeforeToday', async () => {
    const fetch = board([
      noCollection,
      { method: 'POST', path: '/api/v1/periods/1/collection', status: 201, body: interimCollection },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Raccolta: Monitoraggio intermedio al 30/06/2021' })).toBeInTheDocument();
    // The plans are read once it is known who asks (the organisation they read), after the period.
    expect(await screen.findByText('Piano della performance 2021')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Apri la raccolta' });
    await userEvent.click(within(form).getByRole('button', { name: 'Apri la raccolta' }));
    const deadline = within(form).getByLabelText(/Scadenza/);
    expect(within(form).getByText('Indica la scadenza')).toBeInTheDocument();
    expect(deadline).toHaveFocus();
    expect(deadline).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(deadline, '2021-07-11');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri la raccolta' }));
    expect(within(form).getByText("Non può essere prima di oggi (12/07/2021)")).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);

    await userEvent.clear(deadline);
    await userEvent.type(deadline, '2021-07-15');
    await userEvent.type(within(form).getByLabelText(/Messaggio alle strutture/), 'Valori al 30/06 entro il 15 luglio');
    await userEvent.type(within(form).getByLabelText(/Dopo la scadenza, un sollecito ogni/), '31');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri la raccolta' }));
    expect(within(form).getByText('Un numero intero di giorni da 1 a 30')).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);
    await userEvent.clear(within(form).getByLabelText(/Dopo la scadenza, un sollecito ogni/));
    await userEvent.type(within(form).getByLabelText(/Giorni di anticipo del primo sollecito/), '5');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri la raccolta' }));
    expect(await screen.findByText('Raccolta aperta: coinvolge 2 strutture.')).toBeInTheDocument();
    expect(await posts(fetch)[0]!.json()).toEqual({ deadline: '2021-07-15', message: 'Valori al 30/06 entro il 15 luglio', leadDays: 5 });
  });

  it('shouldShowTheBackendsRefusalOfTheDeadlineOnItsField', async () => {
    board([
      noCollection,
      {
        method: 'POST',
        path: '/api/v1/periods/1/collection',
        status: 400,
        body: { title: 'Dati non validi', status: 400, errors: [{ field: 'deadline', message: 'non può essere prima di oggi (2021-07-13)' }] },
      },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    const form = await screen.findByRole('form', { name: 'Apri la raccolta' });
    await userEvent.type(within(form).getByLabelText(/Scadenza/), '2021-07-12');
    await userEvent.click(within(form).getByRole('button', { name: 'Apri la raccolta' }));
    expect(await within(form).findByText('non può essere prima di oggi (2021-07-13)')).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('Correggi il campo indicato nel modulo.');
  });

  it('shouldShowEachStructuresStateAndWhatItStillMissesOnDemand', async () => {
    board([]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    expect(await screen.findByTestId('collection-tally')).toHaveTextContent(
      '2 strutture: 1 da compilare, 1 inviata, 0 restituite, 0 accettate.',
    );
    expect(screen.getByTestId('deadline')).toHaveTextContent('15/07/2021 · mancano 3 giorni');
    const direzione = screen.getByRole('row', { name: /^Direzione/ });
    expect(within(direzione).getByText('Da compilare')).toBeInTheDocument();
    expect(within(direzione).getByText(/1 indicatore da completare, 1 fase da concludere/)).toBeInTheDocument();
    expect(within(direzione).queryByRole('button', { name: /Accetta/ })).not.toBeInTheDocument();

    const show = within(direzione).getByRole('button', { name: 'Cosa manca Direzione' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Cosa manca a Direzione' });
    expect(within(list).getByRole('link', { name: 'Obiettivo 1.7, fase 2' })).toHaveAttribute('href', '/obiettivi/7?periodo=1');
    await userEvent.click(within(direzione).getByRole('button', { name: 'Nascondi cosa manca Direzione' }));
    expect(screen.queryByRole('list', { name: 'Cosa manca a Direzione' })).not.toBeInTheDocument();
  });

  it('shouldReturnAPartOnlyWithAReason', async () => {
    const fetch = board([
      {
        method: 'POST',
        path: '/api/v1/periods/1/collection/structures/2/return',
        body: { ...rpctPart, state: 'RETURNED', version: 2, returnReason: 'Manca il valore di 4.4.2' },
      },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: `Restituisci ${RPCT}` }));
    const form = screen.getByRole('form', { name: `Restituisci la parte di ${RPCT}` });
    const reason = within(form).getByLabelText(/Motivo della restituzione/);
    expect(reason).toHaveFocus();
    await userEvent.click(within(form).getByRole('button', { name: 'Restituisci la parte' }));
    expect(within(form).getByText('Indica il motivo della restituzione')).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);

    await userEvent.type(reason, "Manca il valore dell'indicatore 4.4.2");
    await userEvent.click(within(form).getByRole('button', { name: 'Restituisci la parte' }));
    const status = await screen.findByText(`Parte di ${RPCT} restituita.`);
    await waitFor(() => expect(status).toHaveFocus());
    const [post] = posts(fetch);
    expect(post!.headers.get('If-Match')).toBe('"1"');
    expect(await post!.json()).toEqual({ reason: "Manca il valore dell'indicatore 4.4.2" });
  });

  it('shouldGiveTheFocusBackWhenTheReturnIsCancelled', async () => {
    board([]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    const button = await screen.findByRole('button', { name: `Restituisci ${RPCT}` });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.queryByRole('form', { name: /Restituisci la parte/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('shouldAcceptASubmittedPartOnceConfirmed', async () => {
    const fetch = board([
      { method: 'POST', path: '/api/v1/periods/1/collection/structures/2/accept', body: { ...rpctPart, state: 'ACCEPTED', version: 2 } },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: `Accetta ${RPCT}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Accettare la parte?' });
    expect(dialog).toHaveTextContent('I redattori non potranno più modificarne i risultati.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Accetta' }));
    const status = await screen.findByText(`Parte di ${RPCT} accettata.`);
    await waitFor(() => expect(status).toHaveFocus());
    expect(posts(fetch)[0]!.headers.get('If-Match')).toBe('"1"');
  });

  it('shouldListTheRemindersOfThisCollectionAndWhetherTheyWentOut', async () => {
    const fetch = board([]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    const table = await screen.findByRole('table', { name: 'Solleciti della raccolta' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Rita Bianchi/ })).toHaveTextContent('inviato');
    expect(within(table).getByRole('row', { name: /d\.verdi/ })).toHaveTextContent(
      'in attesa di invio2 tentativi; ultimo errore: ConnectException: Connection refused',
    );
    const mail = fetch.mock.calls.map(([input]) => new URL((input as Request).url)).find((url) => url.pathname === '/api/v1/mail/messages');
    expect(mail!.searchParams.get('aboutKind')).toBe('collection');
    expect(mail!.searchParams.get('aboutId')).toBe('4');
  });

  it('shouldSayWhenTheRemindersGoAndSendTodaysNow', async () => {
    const fetch = board([
      {
        method: 'POST',
        path: '/api/v1/periods/1/collection/reminders',
        body: {
          collectionId: 4,
          periodId: 1,
          day: '2021-07-12',
          slot: '2021-07-12',
          slotKind: 'LEAD',
          nextSlot: '2021-07-15',
          nextSlotKind: 'DEADLINE',
          queued: [{ kind: 'DIGEST', userId: 5, recipientAddress: 'd.verdi@arti.toscana.it', subject: 'Sollecito' }],
          alreadyQueued: 0,
        },
      },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    expect(await screen.findByTestId('reminder-schedule')).toHaveTextContent(
      '3 giorni prima della scadenza e il giorno stesso, poi ogni 2 giorni finché la parte non è inviata',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Invia ora i solleciti di oggi' }));
    expect(await screen.findByText('1 sollecito accodato: parte entro pochi secondi. Prossimo sollecito: 15/07/2021.')).toBeInTheDocument();
    expect(posts(fetch).map((post) => new URL(post.url).pathname)).toEqual(['/api/v1/periods/1/collection/reminders']);
  });

  it('shouldGiveThePageThatClosesThePeriodThePartsNotAccepted', async () => {
    board([]);
    const renderClose = vi.fn(() => <p>chiusura</p>);
    renderWithProviders(<CollectionBoard periodId={1} renderClose={renderClose} />);
    expect(await screen.findByText('chiusura')).toBeInTheDocument();
    const calls = renderClose.mock.calls as unknown as [unknown, { structureCode: string }[]][];
    const [, unaccepted] = calls.at(-1)!;
    expect(unaccepted.map((part) => part.structureCode)).toEqual(['DIREZIONE', 'RPCT']);
  });

  it('shouldOfferNoReturnNorAcceptOnceThePeriodIsClosed', async () => {
    mockApi([
      signedIn(admin),
      { path: '/api/v1/periods/1', body: { ...interimPeriod, status: 'CLOSED', closedAt: '2021-07-20T08:00:00Z', closedBy: 'admin' } },
      { path: '/api/v1/plans', body: plans2021 },
      { path: /^\/api\/v1\/mail\/messages/, body: messages },
      { path: '/api/v1/periods/1/collection', body: interimCollection },
    ]);
    renderWithProviders(<CollectionBoard periodId={1} />);
    expect(await screen.findByText(/Periodo chiuso il 20\/07\/2021.* da admin: la raccolta è conclusa\./)).toBeInTheDocument();
    await screen.findByRole('row', { name: /^Direzione/ });
    expect(screen.queryByRole('button', { name: /^(Restituisci|Accetta)/ })).not.toBeInTheDocument();
  });
});
