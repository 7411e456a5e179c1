import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

type Props = { name: string; token: string; onDone: () => void };

/** The token just created, shown this once: a copy button and the warning that it will not come back. */
export function CreatedToken({ name, token, onDone }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="created-token alert alert-warning" aria-labelledby="created-token-title" data-testid="created-token">
      <h2 id="created-token-title" ref={heading} tabIndex={-1} className="h4">
        {t('tokens.createdTitle', { name })}
      </h2>
      <p className="fw-semibold">{t('tokens.warning')}</p>
      <label htmlFor="created-token-value" className="form-label fw-semibold">
        {t('tokens.value')}
      </label>
      <div className="d-flex flex-wrap gap-2 align-items-center mb-2">
        <input
          id="created-token-value"
          className="form-control token-value"
          readOnly
          value={token}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <Button onClick={() => void copyToken()}>{t('tokens.copy')}</Button>
      </div>
      <p role="status" className="small mb-2">
        {copy === 'copied' ? t('tokens.copied') : copy === 'failed' ? t('tokens.copyFailed') : ''}
      </p>
      <Button variant="secondary" outline onClick={onDone}>
        {t('tokens.done')}
      </Button>
    </section>
  );
}
