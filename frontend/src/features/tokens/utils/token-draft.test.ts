import { describe, expect, it } from 'vitest';
import { emptyTokenDraft, lastValidDay, tokenInputOf, tokenState, validateToken, type TokenDraft } from '@/features/tokens/utils/token-draft';

const today = '2026-11-26';
const counts: TokenDraft = {
  name: 'sistema colloqui',
  countsWrite: true,
  valuesRead: false,
  indicatorIds: [7],
  expiresOn: '2027-06-30',
  allOrganisations: false,
};
const everyOrganisation: TokenDraft = { ...counts, name: 'cruscotto regionale', countsWrite: false, valuesRead: true, indicatorIds: [], allOrganisations: true };

describe('validateToken', () => {
  it('shouldAcceptACountsTokenForARatioIndicator', () => {
    expect(validateToken(counts, today)).toEqual({});
  });

  it('shouldStartWithAYearOfValidity', () => {
    expect(emptyTokenDraft(today).expiresOn).toBe('2027-11-26');
    expect(validateToken({ ...emptyTokenDraft(today), name: 'x', valuesRead: true }, today)).toEqual({});
  });

  it('shouldRequireANameAndAScope', () => {
    const issues = validateToken({ ...counts, name: ' ', countsWrite: false, indicatorIds: [] }, today);
    expect(issues.name?.key).toBe('validation.required');
    expect(issues.scopes?.key).toBe('tokens.scopesRequired');
  });

  it('shouldRequireIndicatorsForCountsWrite', () => {
    expect(validateToken({ ...counts, indicatorIds: [] }, today).indicatorIds?.key).toBe('tokens.indicatorsRequired');
  });

  it('shouldStartAPersonOfTheRegionsTokenWithValuesReadForTheirOwnOrganisation', () => {
    expect(emptyTokenDraft(today, true)).toMatchObject({ valuesRead: true, countsWrite: false, allOrganisations: false });
    expect(emptyTokenDraft(today).valuesRead).toBe(false);
  });

  it('shouldAcceptAllOrganisationsOnlyForAValuesReadToken', () => {
    expect(validateToken(everyOrganisation, today)).toEqual({});
    expect(validateToken({ ...everyOrganisation, valuesRead: false }, today).allOrganisations?.key).toBe(
      'tokens.allOrganisationsValuesReadOnly',
    );
    expect(validateToken({ ...everyOrganisation, countsWrite: true, indicatorIds: [7] }, today).allOrganisations).toBeDefined();
  });

  it('shouldAcceptAnEndFromTomorrowToTwoYearsAhead', () => {
    expect(validateToken({ ...counts, expiresOn: '2026-11-26' }, today).expiresOn).toBeDefined();
    expect(validateToken({ ...counts, expiresOn: '2026-11-27' }, today).expiresOn).toBeUndefined();
    expect(validateToken({ ...counts, expiresOn: '2028-11-26' }, today).expiresOn).toBeUndefined();
    expect(validateToken({ ...counts, expiresOn: '2028-11-27' }, today).expiresOn).toBeDefined();
    expect(validateToken({ ...counts, expiresOn: '' }, today).expiresOn?.key).toBe('validation.date');
  });
});

describe('tokenInputOf', () => {
  it('shouldSendIndicatorsOnlyWithCountsWrite', () => {
    expect(tokenInputOf({ ...counts, valuesRead: true, indicatorIds: [8, 7] })).toEqual({
      name: 'sistema colloqui',
      scopes: ['counts:write', 'values:read'],
      indicatorIds: [7, 8],
      expiresOn: '2027-06-30',
    });
    expect(tokenInputOf({ ...counts, countsWrite: false, valuesRead: true })).not.toHaveProperty('indicatorIds');
  });

  it('shouldAskForAllOrganisationsOnlyWhenChosen', () => {
    expect(tokenInputOf(everyOrganisation)).toEqual({
      name: 'cruscotto regionale',
      scopes: ['values:read'],
      expiresOn: '2027-06-30',
      allOrganisations: true,
    });
    expect(tokenInputOf({ ...everyOrganisation, allOrganisations: false })).not.toHaveProperty('allOrganisations');
  });
});

describe('a token in the list', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('shouldTellRevokedExpiredAndActiveTokensApart', () => {
    expect(tokenState({ revokedAt: '2026-11-01T10:00:00Z', expiresAt: '2027-07-01T00:00:00Z' }, now)).toBe('revoked');
    expect(tokenState({ expiresAt: '2026-11-01T00:00:00Z' }, now)).toBe('expired');
    expect(tokenState({ expiresAt: '2027-07-01T00:00:00Z' }, now)).toBe('active');
  });

  it('shouldShowTheLastDayOfValidityTheAdministratorChose', () => {
    expect(lastValidDay('2027-07-01T00:00:00Z')).toBe('2027-06-30');
    expect(lastValidDay(undefined)).toBeUndefined();
  });
});
