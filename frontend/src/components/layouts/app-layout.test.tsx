import { useQuery } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { api, call } from '@/lib/api-client';
import { initI18n } from '@/lib/i18n';
import { AppProvider, anonymous, mockApi, signedIn, testQueryClient, type MockRoute } from '@/testing/test-utils';

function Plans() {
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => call(api.GET('/api/v1/plans')) });
  return <p>{plans.isSuccess ? 'piani' : 'attesa'}</p>;
}

describe('AppLayout', () => {
  it('shouldShowTheLoginPageWhenReadingNeedsAnAccountAndComeBackAfterwards', async () => {
    mockApi([
      anonymous(),
      { path: '/api/v1/plans', status: 401, body: { title: 'Accesso richiesto', status: 401, detail: 'La consultazione richiede l\'accesso' } },
    ]);
    const router = createMemoryRouter(
      [
        {
          element: <AppLayout />,
          children: [
            { path: '/piani/:planId', element: <Plans /> },
            { path: '/accesso', element: <h1>Accedi</h1> },
          ],
        },
      ],
      { initialEntries: ['/piani/1?ambito=2'] },
    );
    render(
      <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Accedi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accesso');
    expect(new URLSearchParams(router.state.location.search).get('da')).toBe('/piani/1?ambito=2');
  });

  it('shouldLeaveTheFocusAloneOnFirstLoadAndMoveItToTheContentAfterANavigation', async () => {
    mockApi([anonymous()]);
    const router = createMemoryRouter(
      [
        {
          element: <AppLayout />,
          children: [
            { path: '/', element: <h1>Cruscotto</h1> },
            { path: '/obiettivi/5', element: <h1>Obiettivo 1.5</h1> },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    // As main.tsx renders it: StrictMode runs effects twice in development, which focused the main region (and
    // scrolled the header away) on the very first load.
    render(
      <StrictMode>
        <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    );
    expect(await screen.findByRole('heading', { name: 'Cruscotto' })).toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);

    await act(() => router.navigate('/obiettivi/5'));
    expect(await screen.findByRole('heading', { name: 'Obiettivo 1.5' })).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  function renderLayout(me: MockRoute) {
    mockApi([me]);
    const router = createMemoryRouter([{ element: <AppLayout />, children: [{ path: '/', element: <h1>Cruscotto</h1> }] }], {
      initialEntries: ['/'],
    });
    render(
      <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    return screen.findByRole('navigation', { name: 'Navigazione principale' });
  }

  it('shouldLeadAnEditorToTheirTasksButNotToTheCollectionsProgress', async () => {
    const nav = await renderLayout(signedIn({ username: 'd.verdi', kind: 'USER', role: 'EDITOR', structures: ['DIREZIONE'] }));
    expect(await within(nav).findByRole('link', { name: 'Le mie attività' })).toHaveAttribute('href', '/attivita');
    expect(within(nav).queryByRole('link', { name: 'Raccolte' })).not.toBeInTheDocument();
  });

  it('shouldLeadAnAdministratorToTheTasksAndTheCollections', async () => {
    const nav = await renderLayout(signedIn({ username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] }));
    expect(await within(nav).findByRole('link', { name: 'Raccolte' })).toHaveAttribute('href', '/amministrazione/raccolte');
    expect(within(nav).getByRole('link', { name: 'Le mie attività' })).toBeInTheDocument();
  });

  it('shouldShowNeitherToAnAnonymousVisitor', async () => {
    const nav = await renderLayout(anonymous());
    await screen.findByRole('link', { name: 'Accedi' });
    expect(within(nav).queryByRole('link', { name: /Le mie attività|Raccolte/ })).not.toBeInTheDocument();
  });

  it('shouldShowNeitherToAViewer', async () => {
    const nav = await renderLayout(signedIn({ username: 'l.neri', kind: 'USER', role: 'VIEWER', structures: [] }));
    await screen.findByRole('button', { name: /Menu di l\.neri/ });
    expect(within(nav).queryByRole('link', { name: /Le mie attività|Raccolte/ })).not.toBeInTheDocument();
  });
});
