import { describe, expect, it } from 'vitest';
import { scopeOf } from '@/lib/organisation';
import type { Me, Organisation } from '@/types/api';

const ARTI: Organisation = { code: 'ARTI', name: "Agenzia Regionale Toscana per l'Impiego", publicRead: true, publicReadSetting: null };
const IRPET: Organisation = { code: 'IRPET', name: 'Istituto Regionale per la Programmazione Economica', publicRead: true, publicReadSetting: true };
const B: Organisation = { code: 'ENTE-B', name: 'Ente B', publicRead: false, publicReadSetting: false };

const regional: Me = { username: 'r.toscana', kind: 'USER', role: 'REGIONAL', structures: [], organisation: { code: 'ARTI', name: ARTI.name } };
const viewerOfB: Me = { username: 'v.b', kind: 'USER', role: 'VIEWER', structures: [], organisation: { code: 'ENTE-B', name: 'Ente B' } };

describe('scopeOf', () => {
  it('shouldLetTheRegionChooseAmongEveryOrganisationStartingFromItsOwn', () => {
    const scope = scopeOf(regional, [ARTI, B, IRPET], null);
    expect(scope.choices.map((o) => o.code)).toEqual(['ARTI', 'ENTE-B', 'IRPET']);
    expect(scope.current?.code).toBe('ARTI');
    expect(scope.param).toBe('ARTI');
  });

  it('shouldKeepTheRegionsChoice', () => {
    const scope = scopeOf(regional, [ARTI, B], 'ENTE-B');
    expect(scope.param).toBe('ENTE-B');
    expect(scope.current?.name).toBe('Ente B');
  });

  it('shouldIgnoreAStoredChoiceNoLongerReadable', () => {
    expect(scopeOf(regional, [ARTI, IRPET], 'ENTE-B').param).toBe('ARTI');
    expect(scopeOf(null, [ARTI, IRPET], 'ENTE-B', 'IRPET').param).toBe('IRPET');
  });

  it('shouldLetAnonymousVisitorsChooseOnlyWhenSeveralOrganisationsReadPublicly', () => {
    expect(scopeOf(null, [ARTI], null).choices).toEqual([]);
    expect(scopeOf(null, [ARTI], null).current).toEqual(ARTI);
    expect(scopeOf(null, [ARTI], null).param).toBeUndefined();
    const several = scopeOf(null, [ARTI, IRPET], null, 'ARTI');
    expect(several.choices).toHaveLength(2);
    expect(several.param).toBe('ARTI');
  });

  it('shouldStartAnonymousVisitorsFromTheFirstOrganisationWhenTheDefaultIsUnknown', () => {
    expect(scopeOf(null, [IRPET, B], null, null).param).toBe('IRPET');
  });

  it('shouldGiveEveryoneElseNoChoiceAndNoParameter', () => {
    // Their own organisation is the backend's default for them: B's people never ask for ARTI, even if it reads publicly.
    const scope = scopeOf(viewerOfB, [ARTI, B, IRPET], 'ARTI');
    expect(scope.choices).toEqual([]);
    expect(scope.param).toBeUndefined();
    expect(scope.current?.code).toBe('ENTE-B');
  });

  it('shouldGiveTheRegionNoChoiceWhenThereIsOneOrganisation', () => {
    const scope = scopeOf(regional, [ARTI], 'ENTE-B');
    expect(scope.choices).toEqual([]);
    expect(scope.param).toBeUndefined();
  });
});
