import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { Table } from '@/components/ui/table';
import { problemOf } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';
import { downloadEvidence, useResultEvidence } from '@/features/oiv/api/result-evidence';
import { formatSize } from '@/features/oiv/utils/review';

type Props = { indicatorId: number; periodId: number; indicatorLabel: string };

/** The evidence behind an indicator's result, one click away: listed once opened, each file downloadable. */
export function EvidenceList({ indicatorId, periodId, indicatorLabel }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState('');
  const evidence = useResultEvidence(indicatorId, periodId, open);
  const regionId = `evidence-${indicatorId}-${periodId}`;

  return (
    <div className="mb-3">
      <Button
        outline
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? t('oiv.hideEvidence', { indicator: indicatorLabel }) : t('oiv.showEvidence', { indicator: indicatorLabel })}
      </Button>
      <div id={regionId} className="mt-2">
        {!open ? null : evidence.isPending ? (
          <Spinner label={t('common.loading')} />
        ) : evidence.isError ? (
          <QueryError error={evidence.error} onRetry={() => void evidence.refetch()} />
        ) : evidence.data.length === 0 ? (
          <Alert tone="info">{t('oiv.noEvidence')}</Alert>
        ) : (
          <>
            {failure ? (
              <Alert tone="danger" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Table caption={t('oiv.evidenceCaption', { indicator: indicatorLabel })}>
              <thead>
                <tr>
                  <th scope="col">{t('oiv.fileName')}</th>
                  <th scope="col">{t('oiv.fileType')}</th>
                  <th scope="col">{t('oiv.fileSize')}</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">{t('oiv.uploaded')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {evidence.data.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="text-break">
                      {item.fileName}
                      {item.description ? <div className="small fw-normal">{item.description}</div> : null}
                    </th>
                    <td>{item.mediaType}</td>
                    <td>{formatSize(item.size)}</td>
                    <td>
                      <code className="evidence-sha256 text-break" data-testid="evidence-sha256">
                        {item.sha256}
                      </code>
                    </td>
                    <td>
                      {item.uploadedBy}, {formatDateTime(item.uploadedAt)}
                    </td>
                    <td>
                      <Button
                        size="sm"
                        outline
                        aria-label={t('oiv.downloadFile', { name: item.fileName })}
                        onClick={() => {
                          setFailure('');
                          downloadEvidence(item).catch((error: unknown) => {
                            const problem = problemOf(error);
                            setFailure(problem.detail ?? problem.title ?? t('errors.generic'));
                          });
                        }}
                      >
                        {t('oiv.download')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </div>
    </div>
  );
}
