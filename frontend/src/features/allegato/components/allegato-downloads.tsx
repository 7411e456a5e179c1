import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import { downloadAllegato, type AllegatoFormat } from '@/features/allegato/api/download-allegato';

const FORMATS: ReadonlyArray<{ format: AllegatoFormat; label: string }> = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
];

/** The Allegato A of the period shown, in the files people exchange: spreadsheet, PDF for publication, CSV. */
export function AllegatoDownloads({ planId, periodId }: { planId: number; periodId?: number }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<AllegatoFormat>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  function download(format: AllegatoFormat) {
    setPending(format);
    setProblem(null);
    setStatus(t('allegato.preparing', { format: format.toUpperCase() }));
    downloadAllegato(planId, periodId, format)
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
      </div>
      <p role="status" className="small mt-1 mb-0">
        {status}
      </p>
      <ProblemAlert problem={problem} formFields={[]} />
    </section>
  );
}
