import { describe, expect, it } from 'vitest';
import {
  choiceOf,
  EMPTY_ORGANISATION,
  organisationInputOf,
  settingOf,
  settingsInputOf,
  validateOrganisation,
  validateReference,
  type OrganisationDraft,
} from '@/features/organisations/utils/organisation-draft';

const IRPET: OrganisationDraft = {
  code: 'IRPET',
  name: 'Istituto Regionale per la Programmazione Economica della Toscana',
  publicRead: 'no',
  username: 'l.bianchi',
  displayName: 'Laura Bianchi',
  password: 'password-di-laura-2021',
  email: '',
};

describe('organisation drafts', () => {
  it('shouldAcceptAValidOrganisationWithItsAdministrator', () => {
    expect(validateOrganisation(IRPET)).toEqual({});
  });

  it('shouldNameTheFieldsAsTheBackendDoes', () => {
    const issues = validateOrganisation(EMPTY_ORGANISATION);
    expect(Object.keys(issues).sort()).toEqual(
      ['administrator.displayName', 'administrator.password', 'administrator.username', 'code', 'name'].sort(),
    );
  });

  it('shouldRefuseCodesOutsideCapitalsDigitsAndDash', () => {
    for (const code of ['irpet', '-IRPET', 'I', 'IR PET', 'A'.repeat(33)]) {
      expect(validateOrganisation({ ...IRPET, code }).code?.key, code).toBe('organisations.codeFormat');
    }
    expect(validateOrganisation({ ...IRPET, code: 'ENTE-2' }).code).toBeUndefined();
  });

  it('shouldAskForATwelveCharacterPasswordAndAPlausibleEmail', () => {
    expect(validateOrganisation({ ...IRPET, password: 'corta' })['administrator.password']?.key).toBe('users.passwordLength');
    expect(validateOrganisation({ ...IRPET, email: 'laura' })['administrator.email']?.key).toBe('validation.email');
    expect(validateOrganisation({ ...IRPET, username: 'l bianchi' })['administrator.username']?.key).toBe('users.usernameFormat');
  });

  it('shouldSendTheAdministratorNestedAndNoEmptyEmail', () => {
    expect(organisationInputOf({ ...IRPET, name: ' IRPET ' })).toEqual({
      code: 'IRPET',
      name: 'IRPET',
      publicRead: false,
      administrator: { username: 'l.bianchi', displayName: 'Laura Bianchi', password: 'password-di-laura-2021' },
    });
    expect(organisationInputOf({ ...IRPET, email: ' l.bianchi@irpet.it ' }).administrator.email).toBe('l.bianchi@irpet.it');
  });

  it('shouldMapPublicReadingBothWaysWithNullForTheDeploymentsDefault', () => {
    expect([null, true, false].map((setting) => settingOf(choiceOf(setting)))).toEqual([null, true, false]);
    expect(settingsInputOf({ name: 'Ente B', publicRead: 'default' })).toEqual({ name: 'Ente B', publicRead: null });
  });

  it('shouldCheckAStructuresCodeAndName', () => {
    expect(validateReference({ code: 'DIR', name: 'Direzione' })).toEqual({});
    expect(validateReference({ code: 'D I R', name: '' })).toEqual({
      code: { key: 'organisations.referenceCodeFormat' },
      name: { key: 'validation.required' },
    });
  });
});
