import type { Evidence, MonitoringPeriod } from '@/types/api';

/** Why evidence cannot be attached or removed now; each names its explanation (evidence.locked.*). */
export type EvidenceLock = 'periodClosed' | 'partHandedIn' | 'frozenByClosing' | 'allClosed';

/**
 * A result's evidence follows its period: nothing is attached or removed once the period is closed, nor by its
 * editors while their structure's part of the collection is handed in (submitted or accepted), as for the result.
 */
export function resultEvidenceLock({ periodClosed, partHandedIn }: { periodClosed: boolean; partHandedIn: boolean }): EvidenceLock | null {
  if (periodClosed) return 'periodClosed';
  return partHandedIn ? 'partHandedIn' : null;
}

/** A phase takes new evidence while its plan has an open period. */
export function phaseUploadLock(periods: readonly MonitoringPeriod[]): EvidenceLock | null {
  return periods.length > 0 && periods.every((period) => period.status === 'CLOSED') ? 'allClosed' : null;
}

/**
 * A phase's file is frozen once a period of its plan has been closed after the upload: the Allegato A published at
 * that closing reported the phase with the file on record. Reopening the period thaws it.
 */
export function phaseEvidenceLock(evidence: Pick<Evidence, 'uploadedAt'>, periods: readonly MonitoringPeriod[]): EvidenceLock | null {
  const uploaded = Date.parse(evidence.uploadedAt ?? '');
  if (Number.isNaN(uploaded)) return null;
  const frozen = periods.some(
    (period) => period.status === 'CLOSED' && period.closedAt != null && Date.parse(period.closedAt) > uploaded,
  );
  return frozen ? 'frozenByClosing' : null;
}
