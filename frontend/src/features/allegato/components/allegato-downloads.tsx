import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';
import { useOrganisationScope } from '@/lib/organisation';
import type { Problem } from '@/types/api';
import {
  downloadAllegato,
  downloadIndicatorValues,
  type AllegatoFormat,
} from '@/features/allegato/api/download-allegato';

type Download = AllegatoFormat | 'open-data';

const FORMATS: ReadonlyArray<{ format: AllegatoFormat; label: string }> = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'ods', label: 'ODS' },
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
];

/** The Allegato A of the period shown, in the files people exchange: spreadsheets (XLSX, ODS), PDF for publication, CSV. */
export function AllegatoDownloads({ planId, periodId }: { planId: number; periodId?: number }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Download>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const organisation = useOrganisationScope().param;

  function download(format: Download) {
    setPending(format);
    setProblem(null);
    setStatus(t('allegato.preparing', { format: format === 'open-data' ? 'CSV' : format.toUpperCase() }));
    (format === 'open-data' ? downloadIndicatorValues(planId, periodId, organisation) : downloadAllegato(planId, periodId, format))
      .then((name) => setStatus(t('allegato.ready', { name })))
      .catch((error: unknown) => {
        setStatus('');
        setProblem(isApiError(error) ? error.problem : { title: String(error) });
      })
      .finally(() => setPending(undefined));
  }

  return (
    <section aria-labelledby="allegato-downloads-title" className="my-3">
      <h2 id="allegato-downloads-title" className="h6 mb-2">
        {t('allegato.download')}
      </h2>
      <div className="d-flex flex-wrap gap-2" role="group" aria-labelledby="allegato-downloads-title">
        {FORMATS.map(({ format, label }) => (
          <Button key={format} size="sm" outline disabled={pending != null} onClick={() => download(format)}>
            {label} <span className="visually-hidden">{t(`allegato.formats.${format}`)}</span>
          </Button>
        ))}
        <Button size="sm" variant="secondary" outline disabled={pending != null} onClick={() => download('open-data')}>
          {t('allegato.openData')}
        </Button>
      </div>
      <p className="small text-muted mb-0 mt-1">{t('allegato.openDataHint')}</p>
      <p role="status" className="small mt-1 mb-0">
        {status}
      </p>
      <ProblemAlert problem={problem} formFields={[]} />
    </section>
  );
}
