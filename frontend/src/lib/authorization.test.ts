import { describe, expect, it } from 'vitest';
import { isAllowed, type Action } from '@/lib/authorization';
import type { Me } from '@/types/api';

const admin: Me = { username: 'admin', kind: 'USER', role: 'ADMINISTRATOR', structures: [] };
const rpctEditor: Me = { username: 'r.bianchi', kind: 'USER', role: 'EDITOR', structures: ['RPCT'] };
const viewer: Me = { username: 'l.neri', kind: 'USER', role: 'VIEWER', structures: [] };
const oiv: Me = { username: 'oiv.rossi', kind: 'USER', role: 'OIV', structures: [] };
const region: Me = { username: 'r.toscana', kind: 'USER', role: 'REGIONAL', structures: [] };
const roleless: Me = { username: 'sistema colloqui', kind: 'TOKEN', role: null, scopes: ['counts:write'] };

const ALL: Action[] = [
  'phase:progress',
  'result:edit',
  'plan:edit',
  'users:manage',
  'tokens:manage',
  'history:read',
  'tasks:read',
  'collection:submit',
  'collection:manage',
  'oiv:read',
  'oiv:review',
];
const direzione = { structureCode: 'DIREZIONE' };
const rpct = { structureCode: 'RPCT' };

describe('isAllowed', () => {
  it('shouldLetAnAdministratorDoEverythingOnEveryStructureButTheOivsOwnReview', () => {
    expect(isAllowed(admin, 'oiv:review')).toBe(false);
    for (const action of ALL.filter((a) => a !== 'oiv:review')) {
      expect(isAllowed(admin, action, direzione)).toBe(true);
      expect(isAllowed(admin, action)).toBe(true);
    }
  });

  it('shouldLetAnEditorUpdateProgressAndResultsOfTheirOwnStructuresOnly', () => {
    expect(isAllowed(rpctEditor, 'phase:progress', rpct)).toBe(true);
    expect(isAllowed(rpctEditor, 'result:edit', rpct)).toBe(true);
    expect(isAllowed(rpctEditor, 'phase:progress', direzione)).toBe(false);
    expect(isAllowed(rpctEditor, 'result:edit', direzione)).toBe(false);
  });

  it('shouldRefuseAnEditorProgressWhenTheObjectivesStructureIsUnknown', () => {
    expect(isAllowed(rpctEditor, 'phase:progress')).toBe(false);
    expect(isAllowed(rpctEditor, 'result:edit', { structureCode: null })).toBe(false);
  });

  it('shouldLetAnEditorSeeTheirTasksAndSubmitTheirOwnStructuresPartsOnly', () => {
    expect(isAllowed(rpctEditor, 'tasks:read')).toBe(true);
    expect(isAllowed(rpctEditor, 'collection:submit', rpct)).toBe(true);
    expect(isAllowed(rpctEditor, 'collection:submit', direzione)).toBe(false);
    expect(isAllowed(rpctEditor, 'collection:submit')).toBe(false);
  });

  it('shouldKeepAnEditorAwayFromThePlanUsersTokensAndTheCollectionsProgress', () => {
    for (const action of ['plan:edit', 'users:manage', 'tokens:manage', 'collection:manage'] as const) {
      expect(isAllowed(rpctEditor, action, rpct)).toBe(false);
    }
  });

  it('shouldLetEverySignedInUserReadTheHistory', () => {
    for (const me of [admin, rpctEditor, viewer]) expect(isAllowed(me, 'history:read')).toBe(true);
  });

  it('shouldLetAViewerChangeNothingNorSeeTheOivsWork', () => {
    for (const action of ALL.filter((a) => a !== 'history:read')) expect(isAllowed(viewer, action, rpct)).toBe(false);
  });

  it('shouldLetTheOivReadAndReviewAndChangeNoPlanData', () => {
    for (const action of ['history:read', 'oiv:read', 'oiv:review'] as const) expect(isAllowed(oiv, action)).toBe(true);
    const others = ALL.filter((a) => !['history:read', 'oiv:read', 'oiv:review'].includes(a));
    for (const action of others) expect(isAllowed(oiv, action, rpct)).toBe(false);
  });

  it('shouldLetAPersonOfTheRegionCreateOrganisationsAndTokensAndChangeNoPlanData', () => {
    expect(isAllowed(region, 'organisations:manage')).toBe(true);
    expect(isAllowed(region, 'tokens:manage')).toBe(true);
    for (const action of ALL.filter((a) => a !== 'tokens:manage')) expect(isAllowed(region, action, rpct)).toBe(false);
  });

  it('shouldLetAnAnonymousVisitorDoNothingNotEvenReadTheHistory', () => {
    for (const action of ALL) {
      expect(isAllowed(null, action, rpct)).toBe(false);
      expect(isAllowed(undefined, action, rpct)).toBe(false);
    }
  });

  it('shouldGiveNothingToAnIdentityWithoutARole', () => {
    for (const action of ALL) expect(isAllowed(roleless, action, rpct)).toBe(false);
  });
});
