import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '@/lib/api-client';
import { attachEvidence } from '@/features/evidence/api/attach-evidence';

/** A stand-in for the browser's XMLHttpRequest that records the request and answers as told. */
class FakeRequest {
  static last: FakeRequest;
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  constructor() {
    FakeRequest.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
    queueMicrotask(() => {
      this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
      this.status = FakeRequest.answer.status;
      this.responseText = JSON.stringify(FakeRequest.answer.body);
      this.onload?.();
    });
  }
}

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'determina-linee-guida.pdf', { type: 'application/pdf' });

afterEach(() => setCsrfToken(null));

describe('attachEvidence', () => {
  it('shouldSendTheFileUnderItsNameWithTheDescriptionAsAMultipartForm', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    FakeRequest.answer = { status: 201, body: { id: 9, fileName: 'determina-linee-guida.pdf' } };
    setCsrfToken('csrf-della-sessione');
    const progress = vi.fn();

    const attached = await attachEvidence({
      target: { kind: 'result', indicatorId: 7, periodId: 1 },
      file: pdf(),
      description: '  Determina di approvazione delle linee guida  ',
      onProgress: progress,
    });

    const request = FakeRequest.last;
    expect(attached).toEqual({ id: 9, fileName: 'determina-linee-guida.pdf' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/indicators/7/results/1/evidence');
    expect(request.withCredentials).toBe(true);
    expect(request.headers['Csrf-Token']).toBe('csrf-della-sessione');
    // The browser writes the multipart Content-Type with its boundary: setting one by hand would lose it.
    expect(request.headers['Content-Type']).toBeUndefined();
    const form = request.body as FormData;
    expect((form.get('file') as File).name).toBe('determina-linee-guida.pdf');
    expect(form.get('description')).toBe('Determina di approvazione delle linee guida');
    expect(progress).toHaveBeenCalledWith(100, 100);
  });

  it('shouldLeaveOutABlankDescriptionAndSendAPhasesFileToThePhase', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    FakeRequest.answer = { status: 201, body: { id: 10 } };
    await attachEvidence({ target: { kind: 'phase', phaseId: 19 }, file: pdf(), description: '   ' });
    expect(FakeRequest.last.url).toBe('/api/v1/phases/19/evidence');
    expect((FakeRequest.last.body as FormData).has('description')).toBe(false);
  });

  it('shouldRejectWithTheBackendsProblemWhenTheContentIsRefused', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
    const detail = 'Il contenuto di «fattura.pdf» è un eseguibile (application/x-msdownload), non un PDF';
    FakeRequest.answer = { status: 415, body: { status: 415, title: 'Unsupported Media Type', detail } };
    const failure = attachEvidence({ target: { kind: 'phase', phaseId: 19 }, file: pdf(), description: '' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 415, problem: { detail } });
  });
});
