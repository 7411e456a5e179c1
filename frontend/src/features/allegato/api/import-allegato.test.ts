import { describe, expect, it } from 'vitest';
import { importTypeOf, ODS_TYPE, TEXT_TYPE, XLSX_TYPE } from '@/features/allegato/api/import-allegato';
import { allegatoPath } from '@/features/allegato/api/download-allegato';

describe('Allegato A files', () => {
  it('shouldSendAWorkbookAsXlsxOrOdsAndAnythingElseAsTabSeparatedText', () => {
    expect(importTypeOf('Allegato A 2021.XLSX')).toBe(XLSX_TYPE);
    expect(importTypeOf('Allegato A 2021 salvato con LibreOffice.ods')).toBe(ODS_TYPE);
    expect(importTypeOf('allegato-a-monitoraggio-2021.txt')).toBe(TEXT_TYPE);
    expect(importTypeOf('allegato.tsv')).toBe(TEXT_TYPE);
  });

  it('shouldAskForThePeriodShownInTheFormatChosen', () => {
    expect(allegatoPath(1, 2, 'pdf')).toBe('/api/v1/plans/1/allegato-a?format=pdf&periodId=2');
    expect(allegatoPath(1, undefined, 'csv')).toBe('/api/v1/plans/1/allegato-a?format=csv');
  });
});
