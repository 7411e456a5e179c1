import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';

/** Whether a read failed because what it asked for does not exist: trying again cannot help. */
export function isNotFound(error: Error | null | undefined): boolean {
  return isApiError(error) && error.status === 404;
}

/**
 * A read that failed: what the backend said, and a way on. Something that does not exist offers the way back to
 * the dashboard; anything else, trying again.
 */
export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = isApiError(error) ? error.problem : null;
  const notFound = isNotFound(error);
  return (
    <Alert tone={notFound ? 'warning' : 'danger'} role="alert">
      <p className="fw-semibold mb-1">{problem?.title ?? t('errors.generic')}</p>
      <p className="mb-2">{problem?.detail ?? error.message}</p>
      {notFound ? (
        <Link to={paths.home()} className="btn btn-primary btn-sm">
          {t('notFound.back')}
        </Link>
      ) : onRetry ? (
        <Button variant="danger" outline size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
