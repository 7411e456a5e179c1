import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import { downloadRelazione, type RelazioneFormat } from '@/features/relazione/api/download-relazione';

const FORMATS: ReadonlyArray<{ format: RelazioneFormat; label: string }> = [
  { format: 'docx', label: 'DOCX' },
  { format: 'pdf', label: 'PDF' },
];

type Period = { id?: number; kind?: string; status?: string };

/** Whether the period is one the Relazione is written for: the plan's final period, once closed. */
export function hasRelazione(period: Period | undefined): period is Period & { id: number } {
  return period?.id != null && period.kind === 'FINAL' && period.status === 'CLOSED';
}

/** The Relazione sulla performance of a closed final period: DOCX to finish by hand, PDF for publication. */
export function RelazioneDownloads({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<RelazioneFormat>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  function download(format: RelazioneFormat) {
    setPending(format);
    setProblem(null);
    setStatus(t('relazione.preparing', { format: format.toUpperCase() }));
    downloadRelazione(periodId, format)
      .then((name) => setStatus(t('relazione.ready', { name })))
      .catch((error: unknown) => {
        setStatus('');
        setProblem(isApiError(error) ? error.problem : { title: String(error) });
      })
      .finally(() => setPending(undefined));
  }

  return (
    <section aria-labelledby="relazione-downloads-title" className="my-3">
      <h2 id="relazione-downloads-title" className="h6 mb-2">
        {t('relazione.download')}
      </h2>
      <div className="d-flex flex-wrap gap-2" role="group" aria-labelledby="relazione-downloads-title">
        {FORMATS.map(({ format, label }) => (
          <Button key={format} size="sm" outline disabled={pending != null} onClick={() => download(format)}>
            {label} <span className="visually-hidden">{t(`relazione.formats.${format}`)}</span>
          </Button>
        ))}
      </div>
      <p className="small text-muted mb-0 mt-1">{t('relazione.hint')}</p>
      <p role="status" className="small mt-1 mb-0">
        {status}
      </p>
      <ProblemAlert problem={problem} formFields={[]} />
    </section>
  );
}
