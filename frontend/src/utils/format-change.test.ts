import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { fieldLabel, formatChangeValue } from '@/utils/format-change';

const t = initI18n('it').t;

describe('formatChangeValue', () => {
  it('shouldShowDatesTheItalianWay', () => {
    expect(formatChangeValue(t, 'actualEnd', '2021-03-03')).toBe('03/03/2021');
  });

  it('shouldShowInstantsInItalianCivilTime', () => {
    expect(formatChangeValue(t, 'assessedAt', '2021-06-30T08:00:00Z')).toBe('30/06/2021, 10:00');
  });

  it('shouldShowPercentFieldsWithoutTrailingZeros', () => {
    expect(formatChangeValue(t, 'partialProgress', 40)).toBe('40%');
    expect(formatChangeValue(t, 'enteredValue', 12.5)).toBe('12,5%');
  });

  it('shouldGroupOtherNumbersTheItalianWay', () => {
    expect(formatChangeValue(t, 'plannedQuantity', 20000)).toBe('20.000');
  });

  it('shouldShowDecimalsSentAsTextAsNumbers', () => {
    expect(formatChangeValue(t, 'baselineValue', '79.69')).toBe('79,69%');
    expect(formatChangeValue(t, 'enteredValue', '81.5')).toBe('81,5%');
    expect(formatChangeValue(t, 'plannedQuantity', '20000')).toBe('20.000');
    expect(formatChangeValue(t, 'code', '1.5')).toBe('1.5');
  });

  it('shouldNameTheAssessmentStep', () => {
    expect(formatChangeValue(t, 'assessmentStep', 3)).toBe('3 · secondo le aspettative');
  });

  it('shouldShowNothingAsEmpty', () => {
    expect(formatChangeValue(t, 'actualEnd', null)).toBe('(vuoto)');
    expect(formatChangeValue(t, 'monitoringNote', '')).toBe('(vuoto)');
    expect(formatChangeValue(t, 'monitoringNote', undefined)).toBe('(vuoto)');
  });

  it('shouldShowTextBooleansAndListsAsTheyAre', () => {
    expect(formatChangeValue(t, 'monitoringNote', 'Nota di Anna')).toBe('Nota di Anna');
    expect(formatChangeValue(t, 'active', false)).toBe('no');
    expect(formatChangeValue(t, 'structures', ['1', '2'])).toBe('1, 2');
  });
});

describe('fieldLabel', () => {
  it('shouldNameTheImportsFieldsInItalian', () => {
    expect(fieldLabel(t, 'monitoringNote')).toBe('Nota di monitoraggio');
    expect(fieldLabel(t, 'referenceDate')).toBe('Data di riferimento');
  });

  it('shouldNameFieldsAsTheFormsDo', () => {
    expect(fieldLabel(t, 'actualEnd')).toBe('Fine effettiva');
    expect(fieldLabel(initI18n('en').t, 'actualEnd')).toBe('Actual end');
  });

  it('shouldFallBackToTheBackendsNameForAnUnknownField', () => {
    expect(fieldLabel(t, 'scopeList')).toBe('scopeList');
  });
});
