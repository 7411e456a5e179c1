import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { abbreviateHash } from '@/features/evidence/utils/hash';

/**
 * The file's SHA-256, short in the summary and whole inside it, both read by screen readers; a button copies it,
 * so that a reader can check a downloaded file against it (sha256sum).
 */
export function EvidenceHash({ hash, fileName }: { hash: string; fileName: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  function copy() {
    navigator.clipboard
      .writeText(hash)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('failed'));
  }

  return (
    <details className="evidence-hash">
      <summary>
        <code data-testid="evidence-sha256-short">{abbreviateHash(hash)}</code>
        <span className="visually-hidden">
          {' '}
          {t('evidence.hashFull', { name: fileName })}
        </span>
      </summary>
      <code className="d-block text-break my-1" data-testid="evidence-sha256">
        {hash}
      </code>
      <Button size="sm" variant="secondary" outline onClick={copy}>
        {t('evidence.copy')} <span className="visually-hidden">{fileName}</span>
      </Button>
      <span role="status" className="small ms-2">
        {copied === 'yes' ? t('evidence.copied') : copied === 'failed' ? t('evidence.copyFailed') : ''}
      </span>
    </details>
  );
}
