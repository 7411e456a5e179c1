import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { Evidence } from '@/types/api';
import { useEvidence, type EvidenceTarget } from '@/features/evidence/api/get-evidence';
import { EvidenceItem } from '@/features/evidence/components/evidence-item';
import { EvidenceUploadForm } from '@/features/evidence/components/evidence-upload-form';
import type { EvidenceLock } from '@/features/evidence/utils/lock';

type Props = {
  id: string;
  title: string;
  target: EvidenceTarget;
  /** Whether the person attaches and removes files here (administrators, the structure's editors). */
  mayChange: boolean;
  /** Why nothing can be attached now (a closed period, a part handed in), or null. */
  uploadLock: EvidenceLock | null;
  /** Why a file cannot be removed now, or null. */
  removalLock: (evidence: Evidence) => EvidenceLock | null;
  onClose: () => void;
  /** The panel's heading continues the page's outline, as the history's does. */
  headingLevel?: 2 | 3;
};

/**
 * The files behind a result or a phase (elementi probativi): the list with each file's type, size, author and
 * SHA-256, the download, and for those who may change them the upload and the removal, each refused in words when
 * the period's closing has frozen them.
 */
export function EvidencePanel({ id, title, target, mayChange, uploadLock, removalLock, onClose, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const heading = useRef<HTMLHeadingElement>(null);
  const evidence = useEvidence(target);
  const [status, setStatus] = useState('');
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      id={id}
      className="evidence-panel card-bg rounded shadow p-4 my-4"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        // The confirmation dialog is portalled outside the panel: its Escape closes the dialog, not the panel.
        if (event.key === 'Escape' && event.currentTarget.contains(event.target as Node)) onClose();
      }}
    >
      <div className="d-flex justify-content-between align-items-start gap-3">
        <Heading id={`${id}-title`} ref={heading} tabIndex={-1} className="h4">
          {title}
        </Heading>
        <Button variant="secondary" outline size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <p className="small text-muted">{t('evidence.intro')}</p>
      <p role="status" className="small mb-2" data-testid="evidence-status">
        {status}
      </p>
      {evidence.isError ? (
        <QueryError error={evidence.error} onRetry={() => void evidence.refetch()} />
      ) : evidence.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : evidence.data.length === 0 ? (
        <p data-testid="evidence-none">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list list-unstyled mb-0" aria-label={t('evidence.listLabel', { count: evidence.data.length })}>
          {evidence.data.map((item) => (
            <EvidenceItem
              key={item.id}
              evidence={item}
              target={target}
              mayChange={mayChange}
              lock={removalLock(item)}
              onStatus={setStatus}
              onRemoved={(name) => {
                setStatus(t('evidence.removed', { name }));
                // The button that had the focus is gone with its file: the panel's heading takes it back.
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      {mayChange && uploadLock != null ? (
        <Alert tone="info" className="small mt-3 mb-0">
          <span data-testid="evidence-upload-lock">{t(`evidence.locked.${uploadLock}`)}</span>
        </Alert>
      ) : null}
      {mayChange && uploadLock == null ? (
        <EvidenceUploadForm
          id={`${id}-upload`}
          target={target}
          headingLevel={headingLevel === 2 ? 3 : 4}
          onAttached={(name) => setStatus(t('evidence.attached', { name }))}
        />
      ) : null}
    </section>
  );
}
