import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import type { Evidence } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useDeleteEvidence } from '@/features/evidence/api/delete-evidence';
import { downloadEvidence, evidenceContentPath } from '@/features/evidence/api/download-evidence';
import type { EvidenceTarget } from '@/features/evidence/api/get-evidence';
import { EvidenceHash } from '@/features/evidence/components/evidence-hash';
import { FailureAlert } from '@/features/evidence/components/failure-alert';
import { evidenceFailure, type EvidenceFailure } from '@/features/evidence/utils/failure';
import { formatSize } from '@/features/evidence/utils/format-size';
import type { EvidenceLock } from '@/features/evidence/utils/lock';
import { mediaTypeKey } from '@/features/evidence/utils/media-type';

type Props = {
  evidence: Evidence;
  target: EvidenceTarget;
  /** Whether the person may remove files here at all; the lock says when they cannot now. */
  mayChange: boolean;
  /** Why it cannot be removed now, said beside the disabled button. */
  lock: EvidenceLock | null;
  onStatus: (text: string) => void;
  onRemoved: (fileName: string) => void;
};

/** One file: what it is, who put it there and when, its SHA-256, and the links to download or remove it. */
export function EvidenceItem({ evidence, target, mayChange, lock, onStatus, onRemoved }: Props) {
  const { t } = useTranslation();
  const removal = useDeleteEvidence();
  const [failure, setFailure] = useState<EvidenceFailure | null>(null);
  const [downloading, setDownloading] = useState(false);
  const id = evidence.id ?? 0;
  const name = evidence.fileName ?? '';
  const typeKey = mediaTypeKey(evidence.mediaType);
  const failureId = `evidence-${id}-failure`;
  const lockId = `evidence-${id}-lock`;

  function download() {
    setFailure(null);
    setDownloading(true);
    onStatus(t('evidence.downloading', { name }));
    downloadEvidence(evidence)
      .then((saved) => onStatus(t('evidence.downloaded', { name: saved })))
      .catch((error: unknown) => {
        onStatus('');
        setFailure(evidenceFailure(t, error));
      })
      .finally(() => setDownloading(false));
  }

  function remove() {
    setFailure(null);
    removal.mutate(
      { evidence, target },
      {
        onSuccess: () => onRemoved(name),
        onError: (error) => setFailure(evidenceFailure(t, error)),
      },
    );
  }

  return (
    <li className="evidence-item" data-testid="evidence-item" aria-labelledby={`evidence-${id}-name`}>
      <p id={`evidence-${id}-name`} className="fw-semibold mb-1 text-break" data-testid="evidence-name">
        {name}
      </p>
      {evidence.description ? <p className="mb-1">{evidence.description}</p> : null}
      <dl className="evidence-facts small">
        <div>
          <dt>{t('evidence.type')}</dt>
          <dd data-testid="evidence-type">{typeKey ? t(typeKey) : evidence.mediaType}</dd>
        </div>
        <div>
          <dt>{t('evidence.size')}</dt>
          <dd data-testid="evidence-size">{formatSize(evidence.size)}</dd>
        </div>
        <div>
          <dt>{t('evidence.uploaded')}</dt>
          <dd>
            {t('evidence.uploadedByAt', { by: evidence.uploadedBy ?? '–', at: formatDateTime(evidence.uploadedAt) })}
          </dd>
        </div>
        <div className="evidence-facts-wide">
          <dt>{t('evidence.sha256')}</dt>
          <dd>{evidence.sha256 ? <EvidenceHash hash={evidence.sha256} fileName={name} /> : '–'}</dd>
        </div>
      </dl>
      <div className="d-flex flex-wrap gap-2 mt-2">
        <a
          href={evidenceContentPath(id)}
          className={`btn btn-primary btn-sm${downloading ? ' disabled' : ''}`}
          aria-disabled={downloading || undefined}
          onClick={(event) => {
            event.preventDefault();
            if (!downloading) download();
          }}
        >
          {t('evidence.download')} <span className="visually-hidden">{name}</span>
        </a>
        {mayChange ? (
          <ConfirmButton
            size="sm"
            variant="danger"
            outline
            disabled={lock != null || removal.isPending}
            aria-describedby={lock != null ? lockId : failure ? failureId : undefined}
            request={{
              title: t('evidence.confirmTitle', { name }),
              message: t('evidence.confirmMessage'),
              confirmLabel: t('evidence.confirmLabel'),
              tone: 'danger',
            }}
            onConfirmed={remove}
          >
            {removal.isPending ? t('evidence.removing') : t('evidence.remove')}{' '}
            <span className="visually-hidden">{name}</span>
          </ConfirmButton>
        ) : null}
      </div>
      {mayChange && lock != null ? (
        <p id={lockId} className="small text-muted mt-1 mb-0" data-testid="evidence-lock">
          {t(`evidence.lockedItem.${lock}`)}
        </p>
      ) : null}
      <FailureAlert id={failureId} failure={failure} />
    </li>
  );
}
