import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Evidence } from '@/types/api';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';

const extraction: Evidence = {
  id: 3,
  fileName: 'colloqui-a-distanza-giugno-2021.xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  size: 48213,
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  description: 'Colloqui a distanza per settore al 30/06/2021',
  attachedTo: { kind: 'RESULT', indicatorId: 7, periodId: 1, phaseId: null },
  uploadedBy: 'd.verdi',
  uploadedAt: '2021-07-01T08:30:00Z',
  version: 0,
};
const target = { kind: 'result', indicatorId: 7, periodId: 1 } as const;
const LIST = '/api/v1/indicators/7/results/1/evidence';

function renderPanel(props: Partial<Parameters<typeof EvidencePanel>[0]> = {}) {
  return renderWithProviders(
    <EvidencePanel
      id="result-evidence"
      title="Elementi probativi: Obiettivo 1.5, indicatore 2 · Monitoraggio intermedio al 30/06/2021"
      target={target}
      mayChange
      uploadLock={null}
      removalLock={() => null}
      onClose={vi.fn()}
      {...props}
    />,
  );
}

describe('EvidencePanel', () => {
  it('shouldListEachFileWithItsTypeSizeAuthorAndShortHash', async () => {
    mockApi([{ path: LIST, body: { items: [extraction], total: 1 } }]);
    renderPanel();
    const item = await screen.findByTestId('evidence-item');
    expect(within(item).getByTestId('evidence-type')).toHaveTextContent('Foglio Excel (XLSX)');
    expect(within(item).getByTestId('evidence-size')).toHaveTextContent('47,1 KB');
    expect(item).toHaveTextContent('da d.verdi il 01/07/2021, 10:30');
    expect(within(item).getByTestId('evidence-sha256-short')).toHaveTextContent('9f86d081…b0f00a08');
    expect(within(item).getByTestId('evidence-sha256')).toHaveTextContent(extraction.sha256!);
    expect(within(item).getByRole('link', { name: `Scarica ${extraction.fileName}` })).toHaveAttribute('href', '/api/v1/evidence/3/content');
    expect(screen.getByRole('heading', { name: /^Elementi probativi: Obiettivo 1\.5/ })).toHaveFocus();
  });

  it('shouldOfferTheUploadWithItsLimitWhileThePeriodIsOpen', async () => {
    mockApi([{ path: LIST, body: { items: [], total: 0 } }]);
    renderPanel();
    expect(await screen.findByText('Nessun file allegato.')).toBeInTheDocument();
    const field = screen.getByLabelText(/File da allegare/);
    expect(field).toHaveAccessibleDescription(/al massimo 20 MB/);
    expect(field).toHaveAttribute('accept', expect.stringContaining('.ods'));
  });

  it('shouldAskForAFileBeforeSendingAnything', async () => {
    const fetch = mockApi([{ path: LIST, body: { items: [], total: 0 } }]);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Allega il file' }));
    expect(screen.getByLabelText(/File da allegare/)).toHaveAccessibleDescription(/Scegli il file da allegare\./);
    expect(screen.getByLabelText(/File da allegare/)).toHaveFocus();
    expect(fetch.mock.calls.every(([request]) => (request as Request).method === 'GET')).toBe(true);
  });

  it('shouldExplainWhyAClosedPeriodsFilesCannotBeAttachedOrRemoved', async () => {
    mockApi([{ path: LIST, body: { items: [extraction], total: 1 } }]);
    renderPanel({ uploadLock: 'periodClosed', removalLock: () => 'periodClosed' });
    const item = await screen.findByTestId('evidence-item');
    const remove = within(item).getByRole('button', { name: `Rimuovi ${extraction.fileName}` });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription('Non si può rimuovere: il periodo è chiuso.');
    expect(screen.getByTestId('evidence-upload-lock')).toHaveTextContent(/Il periodo è chiuso/);
    expect(screen.queryByLabelText(/File da allegare/)).not.toBeInTheDocument();
  });

  it('shouldOnlyListAndDownloadForThoseWhoMayNotChangeIt', async () => {
    mockApi([{ path: LIST, body: { items: [extraction], total: 1 } }]);
    renderPanel({ mayChange: false });
    const item = await screen.findByTestId('evidence-item');
    expect(within(item).getByRole('link', { name: /^Scarica/ })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /^Rimuovi/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/File da allegare/)).not.toBeInTheDocument();
  });

  it('shouldShowTheBackendsRefusalOfARemovalNextToTheFile', async () => {
    const detail = 'Il periodo «Monitoraggio intermedio al 30/06/2021» è chiuso: i suoi elementi probativi non si modificano';
    const fetch = mockApi([
      { path: LIST, body: { items: [extraction], total: 1 } },
      { method: 'DELETE', path: '/api/v1/evidence/3', status: 409, body: { status: 409, title: 'Conflict', detail } },
    ]);
    renderPanel();
    const item = await screen.findByTestId('evidence-item');
    await userEvent.click(within(item).getByRole('button', { name: `Rimuovi ${extraction.fileName}` }));
    const dialog = await screen.findByRole('dialog', { name: `Rimuovere «${extraction.fileName}»?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rimuovi il file' }));
    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent('Non modificabile ora');
    expect(alert).toHaveTextContent(detail);
    const removal = fetch.mock.calls.map(([request]) => request as Request).find((request) => request.method === 'DELETE');
    expect(removal?.headers.get('If-Match')).toBe('"0"');
  });
});
