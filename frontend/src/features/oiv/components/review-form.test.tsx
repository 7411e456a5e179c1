import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { OivReview } from '@/types/api';
import { ReviewForm } from '@/features/oiv/components/review-form';

const notReviewed: OivReview = {
  periodId: 2,
  objectiveId: 5,
  objectiveCode: '1.5',
  objectiveTitle: 'Erogazione delle politiche attive',
  structureId: 1,
  structureCode: 'DIREZIONE',
  structureName: 'Direzione',
  outcome: null,
  observations: null,
  reviewedBy: null,
  reviewedAt: null,
  version: null,
};

afterEach(() => vi.unstubAllGlobals());

describe('ReviewForm', () => {
  it('shouldAskForObservationsBeforeSendingAnOutcomeOtherThanVerified', async () => {
    const api = mockApi([]);
    renderWithProviders(<ReviewForm review={notReviewed} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Non verificato' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva la verifica' }));

    expect(await screen.findByText(/sono obbligatorie se l'esito non è «Verificato»/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Osservazioni/ })).toHaveFocus();
    expect(api).not.toHaveBeenCalled();
  });

  it('shouldSaveTheCheckAndAnnounceIt', async () => {
    const api = mockApi([
      {
        method: 'PUT',
        path: '/api/v1/periods/2/oiv-reviews/5',
        status: 201,
        body: { ...notReviewed, outcome: 'VERIFIED_WITH_OBSERVATIONS', observations: 'Manca la firma', version: 0 },
      },
      { path: '/api/v1/periods/2/oiv-reviews', body: { periodId: 2, objectives: 1, reviewed: 1, items: [] } },
    ]);
    renderWithProviders(<ReviewForm review={notReviewed} />);

    expect(screen.getByRole('group', { name: 'Esito della verifica' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Verificato con osservazioni' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Osservazioni/ }), 'Manca la firma');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la verifica' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent("Verifica dell'obiettivo 1.5 salvata."));
    const request = api.mock.calls[0][0] as Request;
    expect(request.method).toBe('PUT');
    expect(request.headers.get('If-Match')).toBeNull();
    expect(await request.json()).toEqual({ outcome: 'VERIFIED_WITH_OBSERVATIONS', observations: 'Manca la firma' });
  });
});
