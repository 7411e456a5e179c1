import { describe, expect, it } from 'vitest';
import { paths, returnAddress } from '@/config/paths';

describe('login addresses', () => {
  it('shouldCarryWhereTheUserWasInTheLoginAddress', () => {
    expect(paths.login('/obiettivi/7?periodo=1')).toBe('/accesso?da=%2Fobiettivi%2F7%3Fperiodo%3D1');
    expect(paths.login('/')).toBe('/accesso');
    expect(paths.login()).toBe('/accesso');
  });

  it('shouldReturnOnlyToAddressesWithinTheApp', () => {
    expect(returnAddress('/obiettivi/7?periodo=1')).toBe('/obiettivi/7?periodo=1');
    expect(returnAddress('https://evil.example/')).toBe('/');
    expect(returnAddress('//evil.example/')).toBe('/');
    expect(returnAddress('/\\evil.example/')).toBe('/');
    expect(returnAddress('/accesso?da=/')).toBe('/');
    expect(returnAddress(null)).toBe('/');
  });
});

describe('monitoring cycle addresses', () => {
  it('shouldGiveTheAddressesTheReminderEmailsLinkTo', () => {
    expect(paths.myTasks()).toBe('/attivita');
    expect(paths.myTasks(3)).toBe('/attivita?periodo=3');
    expect(paths.objective(12, 3)).toBe('/obiettivi/12?periodo=3');
  });

  it('shouldGiveTheAdministratorsCollectionAddresses', () => {
    expect(paths.collections()).toBe('/amministrazione/raccolte');
    expect(paths.collection(3)).toBe('/amministrazione/raccolte/3');
  });
});
