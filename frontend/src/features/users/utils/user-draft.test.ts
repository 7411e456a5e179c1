import { describe, expect, it } from 'vitest';
import { EMPTY_USER, userDraftOf, userInputOf, validateUser, type UserDraft } from '@/features/users/utils/user-draft';

const editor: UserDraft = {
  username: 'r.bianchi',
  displayName: 'Rita Bianchi',
  password: 'rpct-password-2021',
  role: 'EDITOR',
  structures: ['RPCT'],
  active: true,
  email: 'r.bianchi@arti.toscana.it',
};

describe('validateUser', () => {
  it('shouldAcceptACompleteEditor', () => {
    expect(validateUser(editor, true)).toEqual({});
  });

  it('shouldRequireAPasswordOfTwelveCharactersForANewUser', () => {
    expect(validateUser({ ...editor, password: '' }, true).password?.key).toBe('validation.required');
    expect(validateUser({ ...editor, password: 'undici-car' }, true).password?.key).toBe('users.passwordLength');
    expect(validateUser({ ...editor, password: 'dodici-carat' }, true).password).toBeUndefined();
  });

  it('shouldKeepTheCurrentPasswordWhenAnUpdateLeavesItEmpty', () => {
    expect(validateUser({ ...editor, password: '' }, false).password).toBeUndefined();
    expect(validateUser({ ...editor, password: 'corta' }, false).password?.key).toBe('users.passwordLength');
  });

  it('shouldRequireAStructureForAnEditorOnly', () => {
    expect(validateUser({ ...editor, structures: [] }, true).structures?.key).toBe('users.structuresRequired');
    expect(validateUser({ ...editor, role: 'VIEWER', structures: [] }, true).structures).toBeUndefined();
  });

  it('shouldRefuseAUsernameTheBackendRefuses', () => {
    expect(validateUser({ ...editor, username: 'rita bianchi' }, true).username?.key).toBe('users.usernameFormat');
    expect(validateUser({ ...editor, username: ' ' }, true).username?.key).toBe('validation.required');
    expect(validateUser({ ...editor, displayName: '' }, true).displayName?.key).toBe('validation.required');
  });
});

describe('validateUser, e-mail', () => {
  it('shouldRefuseAnAddressThatIsNotOne', () => {
    expect(validateUser({ ...editor, email: 'r.bianchi' }, true).email?.key).toBe('validation.email');
    expect(validateUser({ ...editor, email: 'r bianchi@arti.toscana.it' }, true).email?.key).toBe('validation.email');
  });

  it('shouldAcceptNoAddress', () => {
    expect(validateUser({ ...editor, email: '' }, true)).toEqual({});
  });
});

describe('userInputOf', () => {
  it('shouldSendTheStructuresOfAnEditor', () => {
    expect(userInputOf(editor)).toEqual({
      username: 'r.bianchi',
      displayName: 'Rita Bianchi',
      password: 'rpct-password-2021',
      role: 'EDITOR',
      structures: ['RPCT'],
      active: true,
      email: 'r.bianchi@arti.toscana.it',
    });
  });

  it('shouldLeaveOutAnEmptyAddressSoThatAnUpdateKeepsTheCurrentOne', () => {
    expect(userInputOf({ ...editor, email: '  ' })).not.toHaveProperty('email');
    expect(userInputOf({ ...editor, email: ' r.bianchi@arti.toscana.it ' }).email).toBe('r.bianchi@arti.toscana.it');
  });

  it('shouldDropStructuresForOtherRolesAndLeaveOutAnEmptyPassword', () => {
    const input = userInputOf({ ...editor, role: 'VIEWER', password: '' });
    expect(input.structures).toEqual([]);
    expect(input).not.toHaveProperty('password');
  });

  it('shouldStartAnEditFromTheUserWithoutItsPassword', () => {
    const draft = userDraftOf({
      id: 2,
      username: 'r.bianchi',
      displayName: 'Rita Bianchi',
      role: 'EDITOR',
      structures: ['RPCT'],
      active: false,
      email: 'r.bianchi@arti.toscana.it',
      version: 3,
    });
    expect(draft).toEqual({
      ...EMPTY_USER,
      username: 'r.bianchi',
      displayName: 'Rita Bianchi',
      role: 'EDITOR',
      structures: ['RPCT'],
      active: false,
      email: 'r.bianchi@arti.toscana.it',
    });
  });
});
