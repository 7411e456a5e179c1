import { describe, expect, it } from 'vitest';
import type { MonitoringPeriod } from '@/types/api';
import { phaseEvidenceLock, phaseUploadLock, resultEvidenceLock } from '@/features/evidence/utils/lock';

const interim: MonitoringPeriod = { id: 1, kind: 'INTERIM', label: 'Monitoraggio intermedio al 30/06/2021', status: 'OPEN', closedAt: null };
const final: MonitoringPeriod = { id: 2, kind: 'FINAL', label: 'Monitoraggio finale al 31/12/2021', status: 'OPEN', closedAt: null };
const interimClosed: MonitoringPeriod = { ...interim, status: 'CLOSED', closedAt: '2021-07-15T10:00:00Z' };
const finalClosed: MonitoringPeriod = { ...final, status: 'CLOSED', closedAt: '2022-01-20T10:00:00Z' };

describe('resultEvidenceLock', () => {
  it('shouldLeaveAnOpenPeriodsEvidenceFree', () => {
    expect(resultEvidenceLock({ periodClosed: false, partHandedIn: false })).toBeNull();
  });

  it('shouldFreezeItWithTheClosedPeriod', () => {
    expect(resultEvidenceLock({ periodClosed: true, partHandedIn: false })).toBe('periodClosed');
    expect(resultEvidenceLock({ periodClosed: true, partHandedIn: true })).toBe('periodClosed');
  });

  it('shouldHoldItWhileTheStructuresPartIsHandedIn', () => {
    expect(resultEvidenceLock({ periodClosed: false, partHandedIn: true })).toBe('partHandedIn');
  });
});

describe('phaseUploadLock', () => {
  it('shouldTakeNewFilesWhileAPeriodIsOpen', () => {
    expect(phaseUploadLock([interimClosed, final])).toBeNull();
  });

  it('shouldRefuseThemOnceEveryPeriodIsClosed', () => {
    expect(phaseUploadLock([interimClosed, finalClosed])).toBe('allClosed');
  });

  it('shouldNotLockAPlanWhosePeriodsAreNotKnownYet', () => {
    expect(phaseUploadLock([])).toBeNull();
  });
});

describe('phaseEvidenceLock', () => {
  it('shouldFreezeAFileUploadedBeforeAClosing', () => {
    expect(phaseEvidenceLock({ uploadedAt: '2021-07-01T08:00:00Z' }, [interimClosed, final])).toBe('frozenByClosing');
  });

  it('shouldLeaveAFileUploadedAfterTheLastClosingRemovable', () => {
    expect(phaseEvidenceLock({ uploadedAt: '2021-07-16T08:00:00Z' }, [interimClosed, final])).toBeNull();
  });

  it('shouldThawItWhenThePeriodIsReopened', () => {
    expect(phaseEvidenceLock({ uploadedAt: '2021-07-01T08:00:00Z' }, [interim, final])).toBeNull();
  });
});
