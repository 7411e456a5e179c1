import { describe, expect, it } from 'vitest';
import { EMPTY_MEMBER, MEMBER_ROLES, memberDraftOf, memberInputOf, validateMember } from '@/features/organisations/utils/member-draft';

describe('a member of another organisation', () => {
  it('shouldNeverOfferTheRegionsRoleWhichIsGivenOnlyAtHome', () => {
    expect(MEMBER_ROLES).toEqual(['ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV']);
  });

  it('shouldRequireAUsernameAsAccountsHaveThem', () => {
    expect(validateMember(EMPTY_MEMBER).username?.key).toBe('validation.required');
    expect(validateMember({ ...EMPTY_MEMBER, username: 'm rossi' }).username?.key).toBe('users.usernameFormat');
    expect(validateMember({ ...EMPTY_MEMBER, username: 'admin.enteb' })).toEqual({});
  });

  it('shouldRequireStructuresForAnEditorOnly', () => {
    expect(validateMember({ username: 'm.rossi', role: 'EDITOR', structures: [] }).structures?.key).toBe('users.structuresRequired');
    expect(validateMember({ username: 'm.rossi', role: 'EDITOR', structures: ['DIR-B'] })).toEqual({});
  });

  it('shouldSendStructuresSortedForAnEditorAndNoneForOtherRoles', () => {
    expect(memberInputOf({ username: 'm.rossi', role: 'EDITOR', structures: ['RPCT', 'DIREZIONE'] })).toEqual({
      role: 'EDITOR',
      structures: ['DIREZIONE', 'RPCT'],
    });
    expect(memberInputOf({ username: 'm.rossi', role: 'OIV', structures: ['RPCT'] })).toEqual({ role: 'OIV', structures: [] });
  });

  it('shouldStartAnEditFromTheMembersRoleAndStructures', () => {
    expect(memberDraftOf({ username: 'm.rossi', role: 'EDITOR', structures: ['DIR-B'], homeOrganisation: 'ARTI' })).toEqual({
      username: 'm.rossi',
      role: 'EDITOR',
      structures: ['DIR-B'],
    });
  });
});
