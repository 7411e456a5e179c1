import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '@/components/layouts/app-layout';
import { usePlans } from '@/lib/get-plans';
import { initI18n } from '@/lib/i18n';
import { AppProvider, anonymous, mockApi, signedIn, testQueryClient, type MockRoute } from '@/testing/test-utils';
import type { Me } from '@/types/api';

const ARTI = { code: 'ARTI', name: "Agenzia Regionale Toscana per l'Impiego", publicRead: true, publicReadSetting: null };
const B = { code: 'ENTE-B', name: 'Ente B di prova', publicRead: false, publicReadSetting: false };
const organisations = (...items: object[]): MockRoute => ({ path: /^\/api\/v1\/organisations\?/, body: { items } });
const planOfB = { id: 9, year: 2021, title: 'Piano di B', organisationCode: 'ENTE-B', published: true };
const planOfArti = { id: 1, year: 2021, title: 'Piano di ARTI', organisationCode: 'ARTI', published: true };
const plans: MockRoute[] = [
  { path: /^\/api\/v1\/plans\?.*organisation=ENTE-B/, body: { items: [planOfB] } },
  { path: /^\/api\/v1\/plans\?.*organisation=ARTI/, body: { items: [planOfArti] } },
  // Without a parameter a person of the Region gets every organisation's plans, B's first.
  { path: /^\/api\/v1\/plans\?/, body: { items: [planOfB, planOfArti] } },
];

// Every list of plans the page ever showed, to prove that none mixed organisations.
let shown: string[] = [];

function PlanTitles() {
  const list = usePlans();
  const text = list.data ? list.data.map((plan) => plan.title).join(', ') : 'attesa';
  shown.push(text);
  return <h1>{text}</h1>;
}

function renderLayout(routes: MockRoute[], path = '/') {
  const fetch = mockApi(routes);
  const router = createMemoryRouter(
    [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <PlanTitles /> },
          { path: '/piani/:planId', element: <PlanTitles /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const plansAsked = () =>
    fetch.mock.calls.map(([r]) => new URL((r as Request).url)).filter((url) => url.pathname === '/api/v1/plans');
  return { router, plansAsked };
}

const regional = signedIn({
  username: 'r.toscana',
  kind: 'USER',
  role: 'REGIONAL',
  structures: [],
  organisation: { code: 'ARTI', name: ARTI.name },
});

describe('OrganisationSwitcher', () => {
  beforeEach(() => {
    localStorage.clear();
    shown = [];
  });

  it('shouldLetTheRegionSwitchAndReadTheListsOfTheOrganisationChosen', async () => {
    const { plansAsked } = renderLayout([regional, organisations(ARTI, B), ...plans]);
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    expect(switcher).toHaveDisplayValue(ARTI.name);
    expect(await screen.findByRole('heading', { name: 'Piano di ARTI' })).toBeInTheDocument();
    // The first list shown is already the chosen organisation's: never every organisation's plans mixed.
    expect(shown.filter((text) => text !== 'attesa')).not.toContain('Piano di B, Piano di ARTI');
    expect(plansAsked().map((url) => url.searchParams.get('organisation'))).toContain('ARTI');

    await userEvent.selectOptions(switcher, 'Ente B di prova');
    expect(await screen.findByRole('heading', { name: 'Piano di B' })).toBeInTheDocument();
    expect(screen.getByTestId('organisation-name')).toHaveTextContent('Ente B di prova');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Ora consulti i dati di Ente B di prova.');
    expect(localStorage.getItem('perfmon.organisation')).toBe('ENTE-B');
  });

  it('shouldKeepTheChoiceForTheNextVisit', async () => {
    localStorage.setItem('perfmon.organisation', 'ENTE-B');
    renderLayout([regional, organisations(ARTI, B), ...plans]);
    expect(await screen.findByRole('combobox', { name: 'Organizzazione' })).toHaveDisplayValue('Ente B di prova');
    expect(await screen.findByRole('heading', { name: 'Piano di B' })).toBeInTheDocument();
  });

  it('shouldLeaveAPlansPageForTheHomePageOnASwitch', async () => {
    const { router } = renderLayout([regional, organisations(ARTI, B), ...plans], '/piani/1');
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    await userEvent.selectOptions(switcher, 'Ente B di prova');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(switcher).toHaveFocus();
  });

  it('shouldShowNoSwitcherButTheOwnOrganisationToItsPeople', async () => {
    const { plansAsked } = renderLayout([
      signedIn({ username: 'v.b', kind: 'USER', role: 'VIEWER', structures: [], organisation: { code: 'ENTE-B', name: 'Ente B di prova' } }),
      organisations(ARTI, B),
      ...plans,
    ]);
    // The backend's default for them, their own organisation's plans: asked without a parameter.
    await screen.findByRole('heading', { name: 'Piano di B, Piano di ARTI' });
    expect(screen.getByTestId('organisation-name')).toHaveTextContent('Ente B di prova');
    expect(screen.queryByRole('combobox', { name: 'Organizzazione' })).not.toBeInTheDocument();
    expect(plansAsked().map((url) => url.searchParams.get('organisation')).every((code) => code === null)).toBe(true);
  });

  it('shouldShowNoSwitcherToAVisitorWhenOneOrganisationReadsPublicly', async () => {
    renderLayout([anonymous(), organisations(ARTI), ...plans]);
    await screen.findByRole('heading', { name: 'Piano di B, Piano di ARTI' });
    expect(screen.getByTestId('organisation-name')).toHaveTextContent(ARTI.name);
    expect(screen.queryByRole('combobox', { name: 'Organizzazione' })).not.toBeInTheDocument();
  });

  it('shouldLetAVisitorChooseAmongOrganisationsThatReadPubliclyStartingFromTheDefault', async () => {
    const IRPET = { code: 'IRPET', name: 'IRPET', publicRead: true, publicReadSetting: true, isDefault: false };
    renderLayout([anonymous(), organisations(IRPET, { ...ARTI, isDefault: true }), ...plans]);
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    // The backend marks the default organisation: ARTI, though IRPET comes first.
    await waitFor(() => expect(switcher).toHaveDisplayValue(ARTI.name));
    expect(within(switcher).getAllByRole('option').map((option) => option.textContent)).toEqual(['IRPET', ARTI.name]);
    await userEvent.selectOptions(switcher, 'IRPET');
    expect(localStorage.getItem('perfmon.organisation')).toBe('IRPET');
  });
});

describe('OrganisationSwitcher for a person of several organisations', () => {
  // m.rossi: a viewer at ARTI, their home, and an editor of B's Direzione.
  const memberships = [
    { code: 'ARTI', name: ARTI.name, role: 'VIEWER' as const },
    { code: 'ENTE-B', name: B.name, role: 'EDITOR' as const },
  ];
  const meIn = (code: string): Me => ({
    username: 'm.rossi',
    kind: 'USER',
    role: code === 'ARTI' ? 'VIEWER' : 'EDITOR',
    structures: code === 'ARTI' ? [] : ['DIR-B'],
    organisation: { code, name: code === 'ARTI' ? ARTI.name : B.name },
    memberships,
    csrfToken: `csrf-${code}`,
  });
  const answer = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

  /** The backend as the session sees it: the organisation acted in changes with the PUT, and the plans with it. */
  function backend({ refuse = false } = {}) {
    let actingIn = 'ARTI';
    const fetch = vi.fn(async (input: Request) => {
      const url = new URL(input.url);
      if (input.method === 'PUT' && url.pathname === '/api/v1/auth/me/organisation') {
        if (refuse) {
          return answer(
            { title: 'Richiesta non valida', status: 400, errors: [{ field: 'organisation', message: 'non sei membro di ENTE-B' }] },
            400,
          );
        }
        actingIn = ((await input.json()) as { organisation: string }).organisation;
        return answer(meIn(actingIn));
      }
      if (url.pathname === '/api/v1/auth/me') return answer(meIn(actingIn));
      if (url.pathname === '/api/v1/plans') return answer({ items: [actingIn === 'ARTI' ? planOfArti : planOfB] });
      return answer({ title: 'not mocked', status: 599 }, 599);
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  function renderAt(path = '/') {
    const router = createMemoryRouter(
      [{ element: <AppLayout />, children: [{ path: '/', element: <PlanTitles /> }, { path: '/obiettivi/:id', element: <PlanTitles /> }] }],
      { initialEntries: [path] },
    );
    render(
      <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    return router;
  }

  beforeEach(() => {
    localStorage.clear();
    shown = [];
  });

  it('shouldListTheirOrganisationsWithTheirRoleInEach', async () => {
    backend();
    renderAt();
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    expect(switcher).toHaveValue('ARTI');
    expect(within(switcher).getAllByRole('option').map((option) => option.textContent)).toEqual([
      `${ARTI.name} (Lettore)`,
      'Ente B di prova (Redattore)',
    ]);
    // Where they act, not what they read: the reading list of organisations is never asked.
    expect(await screen.findByRole('heading', { name: 'Piano di ARTI' })).toBeInTheDocument();
  });

  it('shouldActInTheOrganisationChosenReadItsPlansAndFollowTheRoleThere', async () => {
    const fetch = backend();
    renderAt();
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    await screen.findByRole('heading', { name: 'Piano di ARTI' });
    const nav = screen.getByRole('navigation', { name: 'Navigazione principale' });
    expect(within(nav).queryByRole('link', { name: 'Le mie attività' })).not.toBeInTheDocument();

    await userEvent.selectOptions(switcher, 'ENTE-B');
    expect(await screen.findByRole('heading', { name: 'Piano di B' })).toBeInTheDocument();
    const put = fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('Csrf-Token')).toBe('csrf-ARTI');
    expect(switcher).toHaveValue('ENTE-B');
    expect(switcher).toHaveFocus();
    expect(screen.getByTestId('organisation-name')).toHaveTextContent('Ente B di prova');
    expect(within(nav).getByRole('link', { name: 'Le mie attività' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Ora operi in Ente B di prova come Redattore.');
    // Never the previous organisation's plans under the new one's name.
    expect(shown.slice(shown.indexOf('Piano di B'))).not.toContain('Piano di ARTI');
  });

  it('shouldLeaveAnObjectivesPageForTheHomePageOnASwitch', async () => {
    backend();
    const router = renderAt('/obiettivi/5');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Organizzazione' }), 'ENTE-B');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shouldAnnounceARefusalAndStayWhereTheyAct', async () => {
    backend({ refuse: true });
    renderAt();
    const switcher = await screen.findByRole('combobox', { name: 'Organizzazione' });
    await userEvent.selectOptions(switcher, 'ENTE-B');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Cambio di organizzazione non riuscito: non sei membro di ENTE-B'),
    );
    expect(switcher).toHaveValue('ARTI');
  });

  it('shouldOfferNoSwitcherToAPersonOfASingleOrganisation', async () => {
    mockApi([signedIn({ ...meIn('ARTI'), memberships: memberships.slice(0, 1) }), ...plans]);
    renderAt();
    await screen.findByRole('heading', { name: /Piano/ });
    expect(screen.queryByRole('combobox', { name: 'Organizzazione' })).not.toBeInTheDocument();
  });
});
