import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatWeight,
  parseDecimal,
  toEpochDay,
  formatEpochDay,
  toInputNumber,
  todayIso,
} from '@/utils/format';

describe('formatPercent', () => {
  it('shouldRoundTheRemoteInterviewsRatioHalfUpAsTheAllegatoAPrintsIt', () => {
    expect(formatPercent(188.935)).toBe('188,94%');
  });

  it('shouldPrintTheRatiosOfThe2021Table', () => {
    expect(formatPercent((25202 / 45000) * 100)).toBe('56,00%');
    expect(formatPercent((96 / 106) * 100)).toBe('90,57%');
    expect(formatPercent((305 / 323) * 100)).toBe('94,43%');
    expect(formatPercent((5758 / 7914) * 100)).toBe('72,76%');
  });

  it('shouldPrint85_39ForTheRatioTheSourceMisprintsAs85_38', () => {
    expect(formatPercent((15609 / 18280) * 100)).toBe('85,39%');
  });

  it('shouldKeepTwoDecimalsOnWholeValues', () => {
    expect(formatPercent(30)).toBe('30,00%');
  });

  it('shouldGroupThousandsWithDots', () => {
    expect(formatPercent(1234.5)).toBe('1.234,50%');
  });

  it('shouldPrintADashForAMissingValue', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(undefined)).toBe('–');
  });
});

describe('formatWeight and formatNumber', () => {
  it('shouldPrintWeightsWithoutTrailingZeros', () => {
    expect(formatWeight(8)).toBe('8%');
    expect(formatWeight(12.5)).toBe('12,5%');
  });

  it('shouldGroupFourDigitCountsToo', () => {
    expect(formatNumber(37787)).toBe('37.787');
    expect(formatNumber(5758)).toBe('5.758');
    expect(formatNumber(20000)).toBe('20.000');
  });
});

describe('dates', () => {
  it('shouldPrintAnIsoDateTheItalianWay', () => {
    expect(formatDate('2021-03-31')).toBe('31/03/2021');
  });

  it('shouldNotShiftADateByTheTimeZone', () => {
    expect(formatDate('2021-01-01')).toBe('01/01/2021');
    expect(formatDate('2021-12-31')).toBe('31/12/2021');
  });

  it('shouldPrintAnInstantInItalianCivilTime', () => {
    expect(formatDateTime('2021-06-30T00:00:00Z')).toBe('30/06/2021, 02:00');
  });

  it('shouldRoundTripEpochDays', () => {
    expect(formatEpochDay(toEpochDay('2021-06-30'))).toBe('30/06/2021');
  });

  it('shouldTellTodayInItaly', () => {
    expect(todayIso(new Date('2021-06-30T23:30:00Z'))).toBe('2021-07-01');
  });
});

describe('parseDecimal', () => {
  it('shouldReadItalianDecimals', () => {
    expect(parseDecimal('30,5')).toBe(30.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
  });

  it('shouldReadAPointAsTheDecimalSeparatorWhenThereIsNoComma', () => {
    expect(parseDecimal('30.5')).toBe(30.5);
  });

  it('shouldIgnoreSpacesAndAPercentSign', () => {
    expect(parseDecimal(' 40 % ')).toBe(40);
  });

  it('shouldReturnNullForAnEmptyFieldAndNaNForText', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });

  it('shouldWriteNumbersBackAsTyped', () => {
    expect(toInputNumber(12.5)).toBe('12,5');
    expect(toInputNumber(37787)).toBe('37787');
    expect(toInputNumber(null)).toBe('');
  });
});
