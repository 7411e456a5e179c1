import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { initI18n } from '@/lib/i18n';
import { evidenceFailure } from '@/features/evidence/utils/failure';

const it18n = initI18n('it');
const en = initI18n('en');
const EXECUTABLE =
  'Il contenuto di «fattura.pdf» è un eseguibile (application/x-msdownload), non un PDF: sono accettati PDF, ODT, DOCX, ODS, XLSX, CSV, PNG e JPEG';

describe('evidenceFailure', () => {
  it('shouldShowTheBackendsWordsForAWrongTypeUnderAHeadingOfItsOwn', () => {
    const error = new ApiError(415, { status: 415, title: 'Unsupported Media Type', detail: EXECUTABLE });
    expect(evidenceFailure(it18n.t, error)).toEqual({ status: 415, title: 'Tipo di file non accettato', detail: EXECUTABLE });
  });

  it('shouldHeadTheRefusalInTheReadersLanguageAndKeepTheBackendsDetail', () => {
    const error = new ApiError(415, { status: 415, title: 'Unsupported Media Type', detail: EXECUTABLE });
    expect(evidenceFailure(en.t, error)).toEqual({ status: 415, title: 'File type not accepted', detail: EXECUTABLE });
  });

  it('shouldNameTheLimitWhenATooLargeFileCameBackWithoutADetail', () => {
    const error = new ApiError(413, { status: 413, title: 'Payload Too Large' });
    expect(evidenceFailure(it18n.t, error)).toEqual({
      status: 413,
      title: 'File troppo grande',
      detail: 'Il file supera il limite di 20 MB.',
    });
  });

  it('shouldSayAClosedPeriodCannotBeChanged', () => {
    const detail = 'Il periodo «Monitoraggio intermedio al 30/06/2021» è chiuso: i suoi elementi probativi non si modificano';
    const error = new ApiError(409, { status: 409, title: 'Conflict', detail });
    expect(evidenceFailure(it18n.t, error)).toEqual({ status: 409, title: 'Non modificabile ora', detail });
  });

  it('shouldSayARefusalOfTheRoleOrStructure', () => {
    const detail = "Gli elementi probativi dell'obiettivo 1.5 sono riservati agli amministratori e agli editor della struttura responsabile";
    const error = new ApiError(403, { status: 403, title: 'Forbidden', detail });
    expect(evidenceFailure(it18n.t, error)).toEqual({ status: 403, title: 'Operazione non consentita', detail });
  });

  it('shouldKeepTheBackendsTitleForAnyOtherStatus', () => {
    const error = new ApiError(400, { status: 400, title: 'Richiesta non valida', detail: 'Manca la parte file' });
    expect(evidenceFailure(it18n.t, error)).toEqual({ status: 400, title: 'Richiesta non valida', detail: 'Manca la parte file' });
  });

  it('shouldSayTheServiceIsUnreachableWhenNothingAnswered', () => {
    const error = new ApiError(0, { status: 0, title: 'Servizio non raggiungibile' });
    expect(evidenceFailure(en.t, error)).toEqual({ status: 0, title: 'Service unreachable', detail: undefined });
  });

  it('shouldFallBackToTheGenericHeadingForAnErrorThatIsNoApiError', () => {
    expect(evidenceFailure(it18n.t, new Error('boom'))).toEqual({ title: 'Si è verificato un errore', detail: 'Error: boom' });
  });
});
