import { describe, expect, it } from 'vitest';
import type { Me } from '@/types/api';
import { canChangeEvidence, canReadEvidence } from '@/features/evidence/utils/access';

const administrator: Me = { username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] };
const adminToken: Me = { username: 'token:1', kind: 'TOKEN', role: 'ADMINISTRATOR', structures: [] };
const direzione: Me = { username: 'd.verdi', kind: 'USER', role: 'EDITOR', structures: ['DIREZIONE'] };
const direzioneToken: Me = { username: 'token:2', kind: 'TOKEN', role: 'EDITOR', structures: ['DIREZIONE'] };
const rpct: Me = { username: 'r.bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'] };
const oiv: Me = { username: 'oiv', kind: 'USER', role: 'OIV', structures: [] };
const viewer: Me = { username: 'lettore', kind: 'USER', role: 'VIEWER', structures: [] };

describe('canReadEvidence', () => {
  it('shouldLetAdministratorsReadEveryStructuresEvidence', () => {
    expect(canReadEvidence(administrator, 'DIREZIONE')).toBe(true);
    expect(canReadEvidence(administrator, 'RPCT')).toBe(true);
    expect(canReadEvidence(adminToken, 'RPCT')).toBe(true);
  });

  it('shouldLetTheOivReadEveryStructuresEvidenceToCheckTheFigures', () => {
    expect(canReadEvidence(oiv, 'DIREZIONE')).toBe(true);
    expect(canReadEvidence(oiv, null)).toBe(true);
  });

  it('shouldLetEditorsReadTheirOwnStructuresEvidenceOnly', () => {
    expect(canReadEvidence(direzione, 'DIREZIONE')).toBe(true);
    expect(canReadEvidence(rpct, 'DIREZIONE')).toBe(false);
  });

  it('shouldRefuseAnEditorsApiToken', () => {
    expect(canReadEvidence(direzioneToken, 'DIREZIONE')).toBe(false);
  });

  it('shouldRefuseViewersAndAnonymousReadersSinceEvidenceIsNeverPublic', () => {
    expect(canReadEvidence(viewer, 'DIREZIONE')).toBe(false);
    expect(canReadEvidence(null, 'DIREZIONE')).toBe(false);
    expect(canReadEvidence(undefined, 'DIREZIONE')).toBe(false);
  });

  it('shouldRefuseAnEditorWhenTheObjectiveHasNoResponsibleStructure', () => {
    expect(canReadEvidence(direzione, null)).toBe(false);
    expect(canReadEvidence(administrator, null)).toBe(true);
  });
});

describe('canChangeEvidence', () => {
  it('shouldLetAdministratorsAndTheStructuresEditorsAttachAndRemove', () => {
    expect(canChangeEvidence(administrator, 'RPCT')).toBe(true);
    expect(canChangeEvidence(direzione, 'DIREZIONE')).toBe(true);
  });

  it('shouldRefuseEveryoneElse', () => {
    expect(canChangeEvidence(rpct, 'DIREZIONE')).toBe(false);
    expect(canChangeEvidence(direzioneToken, 'DIREZIONE')).toBe(false);
    expect(canChangeEvidence(viewer, 'DIREZIONE')).toBe(false);
    expect(canChangeEvidence(oiv, 'DIREZIONE')).toBe(false);
    expect(canChangeEvidence(null, 'DIREZIONE')).toBe(false);
  });
});
