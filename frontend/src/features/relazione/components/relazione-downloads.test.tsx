import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import { hasRelazione, RelazioneDownloads } from '@/features/relazione/components/relazione-downloads';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function requests(fetch: ReturnType<typeof mockApi>) {
  return fetch.mock.calls
    .map(([input]) => new URL(input instanceof Request ? input.url : String(input)))
    .filter((url) => url.pathname.endsWith('/relazione'));
}

describe('RelazioneDownloads', () => {
  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:relazione'), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shouldOfferTheRelazioneOnlyForAClosedFinalPeriod', () => {
    expect(hasRelazione({ id: 2, kind: 'FINAL', status: 'CLOSED' })).toBe(true);
    expect(hasRelazione({ id: 2, kind: 'FINAL', status: 'OPEN' })).toBe(false);
    expect(hasRelazione({ id: 1, kind: 'INTERIM', status: 'CLOSED' })).toBe(false);
    expect(hasRelazione(undefined)).toBe(false);
  });

  it('shouldDownloadTheDocxUnderTheNameTheBackendGives', async () => {
    const fetch = mockApi([
      {
        path: /^\/api\/v1\/periods\/2\/relazione\?format=docx$/,
        body: 'docx',
        headers: {
          'Content-Type': DOCX,
          'Content-Disposition': "attachment; filename=\"relazione-performance-ARTI-2021.docx\"; filename*=UTF-8''relazione-performance-ARTI-2021.docx",
        },
      },
    ]);
    renderWithProviders(<RelazioneDownloads periodId={2} />);
    expect(screen.getByRole('heading', { name: 'Relazione sulla performance (DOCX / PDF)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /DOCX Relazione sulla performance, documento Word/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('File scaricato: relazione-performance-ARTI-2021.docx'));
    expect(requests(fetch).map((url) => url.pathname + url.search)).toEqual(['/api/v1/periods/2/relazione?format=docx']);
  });

  it('shouldShowTheProblemWhenThePeriodIsNotClosed', async () => {
    mockApi([
      {
        path: /^\/api\/v1\/periods\/2\/relazione/,
        status: 409,
        body: { title: 'Conflitto con lo stato attuale', status: 409, detail: 'Il periodo è ancora aperto' },
      },
    ]);
    renderWithProviders(<RelazioneDownloads periodId={2} />);
    await userEvent.click(screen.getByRole('button', { name: /PDF Relazione sulla performance, PDF accessibile/ }));
    expect(await screen.findByText(/Il periodo è ancora aperto/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /PDF/ })).toBeEnabled();
  });

  it('shouldSpeakEnglishToo', () => {
    renderWithProviders(<RelazioneDownloads periodId={2} />, { language: 'en' });
    expect(screen.getByRole('heading', { name: /Performance report/ })).toBeInTheDocument();
  });
});
