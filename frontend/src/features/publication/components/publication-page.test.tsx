import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Publication, PublishedFile } from '@/types/api';
import { anonymous, mockApi, renderWithProviders } from '@/testing/test-utils';
import { PublicationPage } from '@/features/publication/components/publication-page';

const catalog: PublishedFile[] = [
  {
    group: 'CATALOG',
    title: 'Catalogo DCAT-AP_IT dei dati aperti (Turtle)',
    format: 'TTL',
    mediaType: 'text/turtle',
    url: '/api/v1/open-data/catalog.ttl',
    published: '2021-07-15T08:00:00Z',
    modified: '2021-07-20T08:00:00Z',
  },
];
const licence = { name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' };

const closedInterim: Publication = {
  licence,
  catalog,
  plans: [
    {
      planId: 1,
      year: 2021,
      title: 'Piano della performance 2021',
      organisationCode: 'ARTI',
      organisationName: "Agenzia Regionale Toscana per l'Impiego",
      periods: [
        {
          periodId: 1,
          kind: 'INTERIM',
          referenceDate: '2021-06-30',
          label: 'Monitoraggio intermedio al 30/06/2021',
          published: '2021-07-15T08:00:00Z',
          modified: '2021-07-20T23:30:00Z',
          files: [
            {
              group: 'ALLEGATO_A',
              title: 'Allegato A – Monitoraggio intermedio al 30/06/2021',
              format: 'PDF',
              mediaType: 'application/pdf',
              url: '/api/v1/plans/1/allegato-a?periodId=1&format=pdf',
              published: '2021-07-15T08:00:00Z',
              modified: '2021-07-20T23:30:00Z',
            },
            {
              group: 'OPEN_DATA',
              title: 'Valori degli indicatori',
              format: 'CSV',
              mediaType: 'text/csv',
              url: '/api/v1/open-data/periods/1/values.csv',
              published: '2021-07-15T08:00:00Z',
              modified: '2021-07-20T23:30:00Z',
            },
          ],
        },
      ],
    },
  ],
};

describe('PublicationPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the closed period with its files, dates in Italy and the licence', async () => {
    mockApi([anonymous(), { path: '/api/v1/publication', body: closedInterim }]);
    renderWithProviders(<PublicationPage />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Piano della performance 2021' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Monitoraggio intermedio al 30/06/2021' })).toBeInTheDocument();
    const allegato = screen.getByRole('table', { name: /Allegato A/ });
    const pdf = within(allegato).getByRole('link', { name: /Allegato A.*formato PDF/ });
    expect(pdf).toHaveAttribute('href', '/api/v1/plans/1/allegato-a?periodId=1&format=pdf');
    // 23:30 UTC on 20 July is already 21 July in Rome.
    expect(within(allegato).getByText('21/07/2021')).toBeInTheDocument();
    expect(within(allegato).getByText('15/07/2021')).toBeInTheDocument();
    const openData = screen.getByRole('table', { name: /Dati aperti/ });
    expect(within(openData).getByRole('link', { name: /formato CSV/ })).toHaveAttribute(
      'href',
      '/api/v1/open-data/periods/1/values.csv',
    );
    expect(screen.getByRole('link', { name: /CC BY 4.0/ })).toHaveAttribute('href', licence.url);
    expect(screen.getByRole('link', { name: /DCAT-AP_IT.*Turtle/ })).toHaveAttribute('href', '/api/v1/open-data/catalog.ttl');
  });

  it('says so when nothing is published yet', async () => {
    mockApi([anonymous(), { path: '/api/v1/publication', body: { licence, catalog, plans: [] } }]);
    renderWithProviders(<PublicationPage />);

    expect(await screen.findByText('Nessun monitoraggio è ancora stato chiuso e pubblicato.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });
});
