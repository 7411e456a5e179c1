import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, call, filenameOf, holdRequestsUntil, onSignInRequired, setAccessToken, setCsrfToken } from '@/lib/api-client';
import { mockApi } from '@/testing/test-utils';

afterEach(() => {
  setCsrfToken(null);
  setAccessToken(null);
});

describe('call', () => {
  it('shouldReturnTheBodyAndTheVersionNamedByTheEtag', async () => {
    mockApi([{ path: '/api/v1/phases/5', body: { id: 5, version: 3 }, headers: { ETag: '"3"' } }]);
    const result = await call(api.GET('/api/v1/phases/{phaseId}', { params: { path: { phaseId: 5 } } }));
    expect(result).toEqual({ data: { id: 5, version: 3 }, etag: '"3"' });
  });

  it('shouldSendIfMatch', async () => {
    const fetch = mockApi([{ method: 'PUT', path: '/api/v1/phases/5/progress', body: { id: 5 } }]);
    await call(
      api.PUT('/api/v1/phases/{phaseId}/progress', {
        params: { path: { phaseId: 5 }, header: { 'If-Match': '"3"' } },
        body: { partialProgress: 40 },
      }),
    );
    const request = fetch.mock.calls[0][0] as Request;
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await request.json()).toEqual({ partialProgress: 40 });
  });

  it('shouldThrowTheProblemWithItsFieldErrors', async () => {
    mockApi([
      {
        method: 'PUT',
        path: '/api/v1/phases/5/progress',
        status: 400,
        body: {
          type: 'urn:perfmon:problem:validation',
          title: 'Dati non validi',
          status: 400,
          errors: [{ field: 'partialProgress', message: 'must be less than or equal to 100' }],
        },
      },
    ]);
    const error = await call(
      api.PUT('/api/v1/phases/{phaseId}/progress', { params: { path: { phaseId: 5 } }, body: { partialProgress: 140 } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ partialProgress: 'must be less than or equal to 100' });
    expect((error as ApiError).isStale).toBe(false);
  });

  it('shouldTellAStaleVersion', async () => {
    mockApi([{ method: 'PUT', path: '/api/v1/phases/5/progress', status: 412, body: { title: 'Precondizione non soddisfatta', status: 412 } }]);
    const error = (await call(
      api.PUT('/api/v1/phases/{phaseId}/progress', { params: { path: { phaseId: 5 } }, body: {} }),
    ).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(412);
    expect(error.isStale).toBe(true);
  });

  it('shouldTurnANetworkFailureIntoAProblem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = (await call(api.GET('/api/v1/plans')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.problem.detail).toBe('Failed to fetch');
  });
});

describe('the session', () => {
  const put = () =>
    call(api.PUT('/api/v1/phases/{phaseId}/progress', { params: { path: { phaseId: 5 } }, body: { partialProgress: 40 } }));

  it('shouldSendTheCookieOnlyToItsOwnOrigin', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans', body: { items: [] } }]);
    await call(api.GET('/api/v1/plans'));
    expect((fetch.mock.calls[0][0] as Request).credentials).toBe('same-origin');
  });

  it('shouldSendTheCsrfTokenWithChangesButNotWithReads', async () => {
    const fetch = mockApi([
      { path: '/api/v1/plans', body: { items: [] } },
      { method: 'PUT', path: '/api/v1/phases/5/progress', body: { id: 5 } },
    ]);
    setCsrfToken('csrf-123');
    await call(api.GET('/api/v1/plans'));
    await put();
    const [read, write] = fetch.mock.calls.map(([r]) => r as Request);
    expect(read.headers.get('Csrf-Token')).toBeNull();
    expect(write.headers.get('Csrf-Token')).toBe('csrf-123');
  });

  it('shouldSendNoCsrfTokenWhenNobodyIsSignedIn', async () => {
    const fetch = mockApi([{ method: 'PUT', path: '/api/v1/phases/5/progress', body: { id: 5 } }]);
    await put();
    expect((fetch.mock.calls[0][0] as Request).headers.get('Csrf-Token')).toBeNull();
  });

  it('shouldAskForASignInWhenAChangeIsRefusedWith401', async () => {
    mockApi([{ method: 'PUT', path: '/api/v1/phases/5/progress', status: 401, body: { title: 'Accesso richiesto', status: 401 } }]);
    const listener = vi.fn();
    const stop = onSignInRequired(listener);
    setCsrfToken('csrf-123');
    const error = (await put().catch((e: unknown) => e)) as ApiError;
    stop();
    expect(error.status).toBe(401);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('shouldTakeAWrongPasswordAsAnAnswerNotAsALostSession', async () => {
    mockApi([
      { method: 'POST', path: '/api/v1/auth/login', status: 401, body: { title: 'Accesso richiesto', status: 401 } },
      { path: '/api/v1/auth/me', status: 401, body: { title: 'Accesso richiesto', status: 401 } },
    ]);
    const listener = vi.fn();
    const stop = onSignInRequired(listener);
    await call(api.POST('/api/v1/auth/login', { body: { username: 'admin', password: 'sbagliata' } })).catch(() => null);
    await call(api.GET('/api/v1/auth/me')).catch(() => null);
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it('shouldReadTheSecondsToWaitAfterTooManyAttempts', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        status: 429,
        body: { title: 'Troppi tentativi', status: 429 },
        headers: { 'Retry-After': '840' },
      },
    ]);
    const error = (await call(api.POST('/api/v1/auth/login', { body: { username: 'admin', password: 'x' } })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(840);
  });
});

describe('OpenID Connect mode', () => {
  it('shouldSendTheAccessTokenAsBearer', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans', body: { items: [] } }]);
    setAccessToken('eyJ.token');
    await call(api.GET('/api/v1/plans'));
    expect((fetch.mock.calls[0][0] as Request).headers.get('Authorization')).toBe('Bearer eyJ.token');
  });

  it('shouldSendNoAuthorizationHeaderInPasswordMode', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans', body: { items: [] } }]);
    await call(api.GET('/api/v1/plans'));
    expect((fetch.mock.calls[0][0] as Request).headers.has('Authorization')).toBe(false);
  });

  it('shouldForgetTheTokenWhenTheBackendRefusesIt', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans', status: 401, body: { title: 'Accesso richiesto', status: 401 } }]);
    setAccessToken('expired');
    await expect(call(api.GET('/api/v1/plans'))).rejects.toBeInstanceOf(ApiError);
    await expect(call(api.GET('/api/v1/plans'))).rejects.toBeInstanceOf(ApiError);
    expect((fetch.mock.calls[1][0] as Request).headers.has('Authorization')).toBe(false);
  });

  it('shouldHoldRequestsUntilTheStoredTokenIsReadBack', async () => {
    const fetch = mockApi([{ path: '/api/v1/plans', body: { items: [] } }]);
    let restored!: () => void;
    holdRequestsUntil(new Promise<void>((resolve) => (restored = resolve)));
    const pending = call(api.GET('/api/v1/plans'));
    await Promise.resolve();
    expect(fetch).not.toHaveBeenCalled();
    setAccessToken('restored');
    restored();
    await pending;
    expect((fetch.mock.calls[0][0] as Request).headers.get('Authorization')).toBe('Bearer restored');
  });
});

describe('files', () => {
  it('shouldPreferTheUtf8FileNameOfContentDisposition', () => {
    expect(
      filenameOf(`attachment; filename="allegato-a-ARTI-2021.xlsx"; filename*=UTF-8''allegato-a-ARTI-2021-attivit%C3%A0.xlsx`),
    ).toBe('allegato-a-ARTI-2021-attività.xlsx');
    expect(filenameOf('attachment; filename="allegato-a.pdf"')).toBe('allegato-a.pdf');
    expect(filenameOf(null)).toBeNull();
  });
});
