import { useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppLayout } from '@/components/layouts/app-layout';
import { api, call } from '@/lib/api-client';
import { initI18n } from '@/lib/i18n';
import { anonymous, mockApi, testQueryClient } from '@/testing/test-utils';

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
});
