import { Alert } from '@/components/ui/alert';
import type { EvidenceFailure } from '@/features/evidence/utils/failure';

/** A refusal of the backend, announced as it appears (role alert), next to the control that caused it. */
export function FailureAlert({ id, failure }: { id?: string; failure: EvidenceFailure | null }) {
  if (!failure) return null;
  return (
    <div id={id}>
      <Alert tone="danger" role="alert" className="mt-2 mb-2">
        <p className="fw-semibold mb-1">{failure.title}</p>
        {failure.detail ? (
          <p className="mb-0" data-testid="evidence-failure-detail">
            {failure.detail}
          </p>
        ) : null}
      </Alert>
    </div>
  );
}
