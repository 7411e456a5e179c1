import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Spinner } from '@/components/ui/spinner';
import { organisationsQueryOptions } from '@/lib/organisation';
import type { Organisation } from '@/types/api';
import { useCreateOrganisation } from '@/features/organisations/api/create-organisation';
import { OrganisationForm } from '@/features/organisations/components/organisation-form';
import { PublicReading } from '@/features/organisations/components/public-reading';
import { organisationInputOf } from '@/features/organisations/utils/organisation-draft';

/** For people of the Region: every organisation of the deployment, and a new one with its first administrator. */
export function OrganisationsAdmin({ username }: { username: string }) {
  const { t } = useTranslation();
  const organisations = useQuery(organisationsQueryOptions(username));
  const create = useCreateOrganisation();
  const [message, setMessage] = useState('');

  return (
    <>
      <h1>{t('organisations.title')}</h1>
      <p className="lead">{t('organisations.intro')}</p>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      {organisations.isError ? (
        <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : organisations.data ? (
        <RecordTable<Organisation>
          caption={t('organisations.caption')}
          rows={organisations.data}
          rowKey={(organisation) => organisation.code}
          rowTestId={(organisation) => `organisation-${organisation.code}`}
          columns={[
            { header: t('organisations.code'), rowHeader: true, cell: (organisation) => organisation.code },
            { header: t('organisations.name'), cell: (organisation) => organisation.name },
            { header: t('organisations.publicRead'), cell: (organisation) => <PublicReading organisation={organisation} /> },
          ]}
        />
      ) : (
        <Spinner label={t('common.loading')} />
      )}

      <section aria-labelledby="new-organisation-title" className="mt-5">
        <h2 id="new-organisation-title" className="h3">
          {t('organisations.new')}
        </h2>
        <OrganisationForm
          onSubmit={async (draft) => {
            setMessage('');
            const input = organisationInputOf(draft);
            await create.mutateAsync(input);
            setMessage(t('organisations.created', { code: input.code, username: input.administrator.username }));
          }}
        />
      </section>
    </>
  );
}
