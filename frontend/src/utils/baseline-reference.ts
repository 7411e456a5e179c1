import type { TFunction } from 'i18next';

const YEAR_FIGURE = /^dato (provvisorio )?(\d{4})$/i;

/**
 * A baseline's reference in the reader's language where it is the usual "dato <year>" (or the roll-over's
 * "dato provvisorio <year>"); any other text is the plan's own words and is shown as written.
 */
export function baselineReference(t: TFunction, reference: string | null | undefined): string {
  if (!reference) return '';
  const match = YEAR_FIGURE.exec(reference.trim());
  if (!match) return reference;
  return t(match[1] ? 'baseline.provisionalYearFigure' : 'baseline.yearFigure', { year: match[2] });
}
