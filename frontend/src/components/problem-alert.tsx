import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import type { Problem } from '@/types/api';

type Props = {
  problem: Problem | null;
  formFields: readonly string[];
  /** The words for a field the backend names (`correctiveActions` → "Interventi correttivi"); its name otherwise. */
  fieldLabel?: (field: string) => string;
};

/** The backend's problem details; errors on fields the form shows are left to those fields. */
export function ProblemAlert({ problem, formFields, fieldLabel = (field) => field }: Props) {
  const { t } = useTranslation();
  if (!problem) return null;
  const others = (problem.errors ?? []).filter((error) => !error.field || !formFields.includes(error.field));
  const onFields = (problem.errors ?? []).length - others.length;
  return (
    <Alert tone="danger" role="alert">
      <p className="fw-semibold mb-1">{problem.title ?? t('errors.generic')}</p>
      {problem.detail ? <p className="mb-1">{problem.detail}</p> : null}
      {onFields > 0 ? <p className="mb-1">{t('errors.seeFields', { count: onFields })}</p> : null}
      {others.length > 0 ? (
        <ul className="mb-0">
          {others.map((error) => (
            <li key={`${error.field}-${error.message}`}>
              {error.field ? `${fieldLabel(error.field)}: ` : ''}
              {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
