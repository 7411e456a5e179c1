import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';

/** A read that failed: what the backend said, and a way to try again. */
export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = isApiError(error) ? error.problem : null;
  return (
    <Alert tone="danger" role="alert">
      <p className="fw-semibold mb-1">{problem?.title ?? t('errors.generic')}</p>
      <p className="mb-2">{problem?.detail ?? error.message}</p>
      {onRetry ? (
        <Button variant="danger" outline size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
