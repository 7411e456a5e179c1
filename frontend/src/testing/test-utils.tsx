import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { initI18n, type Language } from '@/lib/i18n';
import type { Me } from '@/types/api';

// The app's providers, for the tests of shared code, which may not import src/app itself.
export { AppProvider };

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

type Options = RenderOptions & { language?: Language; path?: string; route?: string; otherRoutes?: RouteObject[] };

/** Renders inside the app's providers and a memory router, in Italian unless told otherwise. */
export function renderWithProviders(
  ui: ReactElement,
  { language = 'it', path = '/', route = '*', otherRoutes = [], ...options }: Options = {},
) {
  const router = createMemoryRouter([...otherRoutes, { path: route, element: ui }], { initialEntries: [path] });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProvider queryClient={testQueryClient()} i18n={initI18n(language)}>
      {children}
    </AppProvider>
  );
  return { router, ...render(<RouterProvider router={router} />, { wrapper, ...options }) };
}

/** The answer of GET /auth/me for a signed-in user. */
export function signedIn(me: Me): MockRoute {
  return { path: '/api/v1/auth/me', body: me };
}

/** The answer of GET /auth/me when nobody is signed in. */
export function anonymous(): MockRoute {
  return { path: '/api/v1/auth/me', status: 401, body: { title: 'Accesso richiesto', status: 401 } };
}

export type MockRoute = { method?: string; path: string | RegExp; status?: number; body?: unknown; headers?: Record<string, string> };

/**
 * Replaces fetch with canned answers, matched in order by method and path; the first match is used and stays.
 * Returns the mock so that a test can read the requests it received.
 */
export function mockApi(routes: MockRoute[]) {
  const mock = vi.fn(async (input: Request | string | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET') === request.method &&
        (typeof r.path === 'string' ? r.path === url.pathname + url.search || r.path === url.pathname : r.path.test(url.pathname + url.search)),
    );
    if (!route) return new Response(JSON.stringify({ title: 'not mocked', status: 599 }), { status: 599 });
    const status = route.status ?? 200;
    const isProblem = status >= 400;
    return new Response(route.body === undefined ? null : JSON.stringify(route.body), {
      status,
      headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...route.headers },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
