import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { ACCEPTED_FILES, mediaTypeKey } from '@/features/evidence/utils/media-type';

const { t } = initI18n('it');

describe('mediaTypeKey', () => {
  it('shouldNameEachAcceptedTypeInWords', () => {
    expect(t(mediaTypeKey('application/pdf')!)).toBe('PDF');
    expect(t(mediaTypeKey('application/vnd.oasis.opendocument.spreadsheet')!)).toBe('Foglio di calcolo ODS');
    expect(t(mediaTypeKey('application/vnd.openxmlformats-officedocument.wordprocessingml.document')!)).toBe(
      'Documento Word (DOCX)',
    );
    expect(t(mediaTypeKey('image/jpeg')!)).toBe('Immagine JPEG');
  });

  it('shouldKnowNothingOfOtherTypes', () => {
    expect(mediaTypeKey('application/x-msdownload')).toBeUndefined();
    expect(mediaTypeKey(null)).toBeUndefined();
  });
});

describe('ACCEPTED_FILES', () => {
  it('shouldOfferTheExtensionsTheBackendAccepts', () => {
    for (const extension of ['.pdf', '.odt', '.docx', '.ods', '.xlsx', '.csv', '.png', '.jpg', '.jpeg']) {
      expect(ACCEPTED_FILES.split(',')).toContain(extension);
    }
  });
});
