import { describe, expect, it, vi } from 'vitest';
import { api, ApiError, call } from '@/lib/api-client';
import { mockApi } from '@/testing/test-utils';

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
