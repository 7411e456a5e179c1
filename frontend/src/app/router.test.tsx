import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { initI18n } from '@/lib/i18n';
import { OIDC_SIGNED_OUT_PATH } from '@/lib/oidc';
import { anonymous, mockApi, testQueryClient } from '@/testing/test-utils';

describe('routes', () => {
  it('shouldSayThePersonSignedOutWhenTheProviderSendsThemBack', async () => {
    mockApi([anonymous()]);
    const router = createMemoryRouter(routes, { initialEntries: [OIDC_SIGNED_OUT_PATH] });
    render(
      <AppProvider queryClient={testQueryClient()} i18n={initI18n('it')}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    expect(await screen.findByText('Sei uscito dal servizio.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
