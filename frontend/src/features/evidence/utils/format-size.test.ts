import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE, formatSize } from '@/features/evidence/utils/format-size';

describe('formatSize', () => {
  it('shouldCountSmallFilesInBytes', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1023)).toBe('1.023 byte');
  });

  it('shouldUseKilobytesWithTheItalianDecimalComma', () => {
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(1536)).toBe('1,5 KB');
    expect(formatSize(48213)).toBe('47,1 KB');
  });

  it('shouldGroupThousandsOfKilobytesWithADot', () => {
    expect(formatSize(1000 * 1024)).toBe('1.000 KB');
  });

  it('shouldMoveToMegabytesRatherThanPrint1024Kilobytes', () => {
    expect(formatSize(1024 * 1024 - 1)).toBe('1 MB');
    expect(formatSize(1024 * 1024)).toBe('1 MB');
  });

  it('shouldPrintTheDefaultLimitAs20Megabytes', () => {
    expect(formatSize(DEFAULT_MAX_SIZE)).toBe('20 MB');
    expect(formatSize(21 * 1024 * 1024 + 300 * 1024)).toBe('21,3 MB');
  });

  it('shouldPrintADashForNoSize', () => {
    expect(formatSize(null)).toBe('–');
    expect(formatSize(undefined)).toBe('–');
    expect(formatSize(-1)).toBe('–');
  });
});
