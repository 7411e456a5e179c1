import { Alert } from '@/components/ui/alert';
import type { Problem } from '@/types/api';

/** The backend's problem, with the errors on fields the form does not show. */
export function ProblemMessage({ problem, fields }: { problem: Problem | null; fields: readonly string[] }) {
  if (!problem) return null;
  const others = (problem.errors ?? []).filter((e) => !e.field || !fields.includes(e.field));
  return (
    <Alert tone="danger" role="alert">
      <span className="fw-semibold">{problem.title}</span>
      {problem.detail ? `: ${problem.detail}` : ''}
      {others.length > 0 ? (
        <ul className="mb-0">
          {others.map((e) => (
            <li key={`${e.field}-${e.message}`}>
              {e.field ? `${e.field}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
