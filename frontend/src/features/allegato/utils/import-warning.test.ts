import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import type { ImportWarning } from '@/types/api';
import { importWarningText } from '@/features/allegato/utils/import-warning';

// The one warning of the 2021 reference table, as the backend answers it.
const weights: ImportWarning = {
  source: 'Allegato A!A1',
  message: 'Gli obiettivi pesano in tutto 77,00%, il totale indicato è 100,00%; senza peso: 1.4, 1.5, 4.4',
  code: 'OBJECTIVE_WEIGHTS_DO_NOT_SUM',
  params: { timeline: '', sum: '77,00%', expected: '100,00%', withoutWeight: '1.4, 1.5, 4.4' },
};

describe('importWarningText', () => {
  it('shouldSayInItalianWhatTheBackendSays', () => {
    expect(importWarningText(initI18n('it').t, weights)).toBe(weights.message);
  });

  it('shouldSayItInEnglishInTheEnglishView', () => {
    expect(importWarningText(initI18n('en').t, weights)).toBe(
      'The objectives weigh 77,00% in all, the stated total is 100,00%; without weight: 1.4, 1.5, 4.4',
    );
  });

  it('shouldFallBackToTheBackendSentenceForAnUnknownCode', () => {
    expect(importWarningText(initI18n('en').t, { ...weights, code: 'NEW_KIND' })).toBe(weights.message);
  });
});
