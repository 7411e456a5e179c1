import { describe, expect, it } from 'vitest';
import { abbreviateHash } from '@/features/evidence/utils/hash';

// SHA-256 of "test", the example of the API's contract.
const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('abbreviateHash', () => {
  it('shouldKeepTheFirstAndLastEightCharacters', () => {
    expect(abbreviateHash(SHA)).toBe('9f86d081…b0f00a08');
  });

  it('shouldKeepAsManyAsAsked', () => {
    expect(abbreviateHash(SHA, 4)).toBe('9f86…0a08');
  });

  it('shouldLeaveAShortValueWhole', () => {
    expect(abbreviateHash('abcdef0123456789a')).toBe('abcdef0123456789a');
  });

  it('shouldPrintADashForNoHash', () => {
    expect(abbreviateHash(null)).toBe('–');
    expect(abbreviateHash('')).toBe('–');
  });
});
