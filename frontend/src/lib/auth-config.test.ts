import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, call, setAccessToken } from '@/lib/api-client';
import { startAuthSession } from '@/lib/auth-config';
import type { AuthConfig } from '@/types/api';
import { report2021 } from '@/testing/fixtures/report-2021';
import { OIDC_CONFIG, storeOidcUser } from '@/testing/stored-oidc-user';
import { mockApi } from '@/testing/test-utils';

const getReport = () => call(api.GET('/api/v1/plans/{planId}/report', { params: { path: { planId: 1 } } }));

afterEach(() => {
  sessionStorage.clear();
  setAccessToken(null);
});

/** The API with the sign-in configuration's answer held back until `answer` is called. */
function apiWithSlowAuthConfig() {
  const backend = mockApi([{ path: '/api/v1/plans/1/report', body: report2021 }]);
  let answer!: (config: AuthConfig) => void;
  const config = new Promise<AuthConfig>((resolve) => (answer = resolve));
  const fetch = vi.fn(async (request: Request) =>
    new URL(request.url).pathname === '/api/v1/auth/config'
      ? Response.json(await config)
      : backend(request),
  );
  vi.stubGlobal('fetch', fetch);
  const requested = () => fetch.mock.calls.map(([r]) => new URL(r.url).pathname);
  const sent = (path: string) => fetch.mock.calls.map(([r]) => r).find((r) => new URL(r.url).pathname === path);
  return { answer, requested, sent };
}

describe('startAuthSession', () => {
  it.each([
    ['password mode', { oidc: false }],
    ['OpenID Connect mode', OIDC_CONFIG],
  ])('shouldAskForTheReportBeforeTheSignInConfigurationArrivesWhenNoTokenIsStored (%s)', async (_mode, config) => {
    const { answer, requested, sent } = apiWithSlowAuthConfig();
    const session = startAuthSession();
    const report = getReport();

    await vi.waitFor(() => expect(requested()).toContain('/api/v1/plans/1/report'));
    expect(sent('/api/v1/plans/1/report')?.headers.has('Authorization')).toBe(false);

    answer(config);
    await expect(session).resolves.toEqual(config);
    await expect(report).resolves.toMatchObject({ data: report2021 });
  });

  it('shouldHoldTheReportUntilTheStoredTokenIsReadBackThenSendIt', async () => {
    await storeOidcUser('eyJ.stored.token');
    const { answer, requested, sent } = apiWithSlowAuthConfig();
    const session = startAuthSession();
    const report = getReport();

    await vi.waitFor(() => expect(requested()).toContain('/api/v1/auth/config'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested()).not.toContain('/api/v1/plans/1/report');

    answer(OIDC_CONFIG);
    await session;
    await expect(report).resolves.toMatchObject({ data: report2021 });
    expect(sent('/api/v1/plans/1/report')?.headers.get('Authorization')).toBe('Bearer eyJ.stored.token');
  });
});
