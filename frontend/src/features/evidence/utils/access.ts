import type { Me } from '@/types/api';

type Person = Pick<Me, 'role' | 'kind' | 'structures'> | null | undefined;

function editsFor(me: Person, structureCode: string | null | undefined): boolean {
  // Editors act in person: the backend lets no editor's API token near evidence.
  return (
    me?.role === 'EDITOR' &&
    me.kind !== 'TOKEN' &&
    structureCode != null &&
    (me.structures ?? []).includes(structureCode)
  );
}

/**
 * Who reads the evidence of an objective, named by its responsible structure's code (the codes are what the
 * signed-in person's structures are listed by): administrators, and the editors of that structure. Evidence may
 * carry personal data, so it is never public. The OIV reads all of it, to check the figures against it. The
 * backend's rule is evidence/service/EvidenceAccess.
 */
export function canReadEvidence(me: Person, structureCode: string | null | undefined): boolean {
  switch (me?.role) {
    case 'ADMINISTRATOR':
    case 'OIV':
      return true;
    case 'EDITOR':
      return editsFor(me, structureCode);
    default:
      return false;
  }
}

/** Who attaches and removes it: administrators and the structure's editors (the OIV reads, never changes). */
export function canChangeEvidence(me: Person, structureCode: string | null | undefined): boolean {
  return me?.role === 'ADMINISTRATOR' || editsFor(me, structureCode);
}
