import createClient from 'openapi-fetch';
import type { Problem } from '@/types/api';
import type { paths } from '@/types/api.gen';

/** A failed request: the RFC 9457 problem the backend sent, or one made up when it sent none. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds the backend asked to wait before trying again (Retry-After), when it said. */
  readonly retryAfter?: number;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The messages of the fields at fault, by field name (the first message when a field has several). */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) {
      if (field && message && !(field in byField)) byField[field] = message;
    }
    return byField;
  }

  get isStale(): boolean {
    return this.status === 412 || this.status === 428;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What to show of any failure: the backend's problem, or the error's own words when the request never got an answer. */
export function problemOf(error: unknown): Problem {
  return isApiError(error) ? error.problem : { title: String(error) };
}

/** The body of a successful read together with the version its ETag names. */
export type Versioned<T> = { data: T; etag: string | null };

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

function toProblem(response: Response, error: unknown): Problem {
  if (error && typeof error === 'object' && ('title' in error || 'detail' in error)) {
    return { status: response.status, ...(error as Problem) };
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Awaits an openapi-fetch call and throws an ApiError for anything but a 2xx. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<Versioned<T>> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    throw new ApiError(0, {
      status: 0,
      title: 'Servizio non raggiungibile',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }
  const { data, error, response } = result;
  if (!response.ok) throw new ApiError(response.status, toProblem(response, error), retryAfterOf(response));
  return { data: data as T, etag: response.headers.get('ETag') };
}

// The browser session: its cookie travels by itself (HttpOnly), its CSRF token is sent by hand with each change.
let csrfToken: string | null = null;

/** Remembers the CSRF token of the session just opened or read (GET /auth/me); null after signing out. */
export function setCsrfToken(token: string | null | undefined) {
  csrfToken = token ?? null;
}

// In OpenID Connect mode the provider's access token replaces the session cookie (src/lib/oidc.ts sets it).
let accessToken: string | null = null;

/** The access token sent as `Authorization: Bearer` with every request; null to send none. */
export function setAccessToken(token: string | null | undefined) {
  accessToken = token ?? null;
}

// While a stored OIDC token is being read back, requests wait for it (src/lib/auth-config.ts decides when).
let ready: Promise<unknown> = Promise.resolve();

/** Makes every request but the sign-in configuration's own wait for `until` (settled either way). */
export function holdRequestsUntil(until: Promise<unknown>) {
  ready = until.catch(() => undefined);
}

type SignInListener = () => void;
const signInListeners = new Set<SignInListener>();

/** Called whenever the backend answers 401: the session ended, or reading needs signing in. Returns the unsubscriber. */
export function onSignInRequired(listener: SignInListener): () => void {
  signInListeners.add(listener);
  return () => signInListeners.delete(listener);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const AUTH_CONFIG = '/api/v1/auth/config';
// On these a 401 is the answer itself (wrong password, nobody signed in), not a session that has to be reopened.
const OWN_401 = new Set(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/auth/logout']);

export const api = createClient<paths>({
  // openapi-fetch builds absolute Requests; the API is served on the page's own origin (proxied in dev).
  baseUrl: globalThis.location?.origin ?? '',
  // openapi-fetch captures fetch at creation: look it up at each call so that tests can replace it.
  fetch: (request) => globalThis.fetch(request),
  credentials: 'same-origin',
});

api.use({
  async onRequest({ request, schemaPath }) {
    if (schemaPath !== AUTH_CONFIG) await ready;
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
    if (csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('Csrf-Token', csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !OWN_401.has(schemaPath)) {
      csrfToken = null;
      accessToken = null;
      for (const listener of signInListeners) listener();
    }
    return response;
  },
});

/** A file the API produces (the Allegato A exports), fetched with the same credentials as every other request. */
export async function fetchFile(path: string, accept?: string): Promise<{ blob: Blob; filename: string | null }> {
  await ready;
  const headers = new Headers();
  // The pull API serves JSON or CSV from one address, by content negotiation.
  if (accept) headers.set('Accept', accept);
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  let response: Response;
  try {
    response = await globalThis.fetch(new URL(path, globalThis.location?.origin), { headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, { status: 0, title: 'Servizio non raggiungibile', detail: String(cause) });
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, toProblem(response, body), retryAfterOf(response));
  }
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
}

/** The file name a Content-Disposition header gives, preferring its UTF-8 form (RFC 6266). */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}

/**
 * Sends a file as the request body with the session's credentials, reporting the upload's progress (fetch cannot),
 * and answers the parsed JSON or throws the backend's problem.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  { headers = {}, onProgress }: { headers?: Record<string, string>; onProgress?: (sent: number, total: number) => void } = {},
): Promise<T> {
  return post<T>(path, file, file.size, { ...headers, 'Content-Type': contentType }, onProgress);
}

/**
 * Sends a multipart form (a file with its name, and fields beside it) as uploadFile sends a bare file; the browser
 * writes the Content-Type with its boundary.
 */
export function uploadForm<T>(
  path: string,
  form: FormData,
  { onProgress }: { onProgress?: (sent: number, total: number) => void } = {},
): Promise<T> {
  let size = 0;
  for (const value of form.values()) size += typeof value === 'string' ? value.length : value.size;
  return post<T>(path, form, size, {}, onProgress);
}

function post<T>(
  path: string,
  body: Blob | FormData,
  size: number,
  headers: Record<string, string>,
  onProgress?: (sent: number, total: number) => void,
): Promise<T> {
  return ready.then(
    () =>
      new Promise<T>((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', path);
        request.withCredentials = true;
        request.setRequestHeader('Accept', 'application/json');
        if (accessToken) request.setRequestHeader('Authorization', `Bearer ${accessToken}`);
        if (csrfToken) request.setRequestHeader('Csrf-Token', csrfToken);
        for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
        request.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : size);
        request.onerror = () => reject(new ApiError(0, { status: 0, title: 'Servizio non raggiungibile' }));
        request.onload = () => {
          let body: unknown;
          try {
            body = request.responseText ? JSON.parse(request.responseText) : null;
          } catch {
            body = null;
          }
          if (request.status >= 200 && request.status < 300) {
            resolve(body as T);
            return;
          }
          const response = new Response(null, { status: request.status, statusText: request.statusText });
          reject(new ApiError(request.status, toProblem(response, body)));
        };
        request.send(body);
      }),
  );
}
