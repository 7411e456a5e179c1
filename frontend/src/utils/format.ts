// Every figure and date the app shows goes through here, in Italian format whatever the interface language:
// the Allegato A is an Italian document and its readers compare the screen with it.
const LOCALE = 'it-IT';

const twoDecimals = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const upToTwoDecimals = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const plainInput = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6, useGrouping: false });
const day = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayAndTime = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Rome',
});

const DASH = '–';

/** A value in percent units, rounded half-up to two decimals for display only: 188.935 → "188,94%". */
export function formatPercent(value: number | null | undefined): string {
  return value == null ? DASH : `${twoDecimals.format(value)}%`;
}

/** A weight or a share, with no trailing zeros: 8 → "8%", 12.5 → "12,5%". */
export function formatWeight(value: number | null | undefined): string {
  return value == null ? DASH : `${upToTwoDecimals.format(value)}%`;
}

/** A count or quantity with Italian grouping: 37787 → "37.787". */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? DASH : upToTwoDecimals.format(value);
}

/** An ISO date (2021-03-31) as 31/03/2021, without going through the browser's time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return day.format(Date.UTC(y, m - 1, d));
}

/** An instant as the Italian civil time: 30/06/2021, 02:00. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayAndTime.format(new Date(iso)) : DASH;
}

/** A number as a person would type it back into a form field: 12.5 → "12,5", no grouping. */
export function toInputNumber(value: number | null | undefined): string {
  return value == null ? '' : plainInput.format(value);
}

/**
 * Reads a number typed the Italian way ("1.234,5", "30,5") or the international way ("30.5").
 * Returns null for an empty field and NaN for text that is not a number.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s%]/g, '');
  if (compact === '') return null;
  const normalised = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Days since 1970-01-01 of an ISO date: the unit of the timeline chart's axis. */
export function toEpochDay(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The inverse of toEpochDay, formatted as 31/03/2021. */
export function formatEpochDay(epochDay: number): string {
  return day.format(Math.round(epochDay) * 86_400_000);
}

/** Today as an ISO date in Italy, which is what the backend compares an actual end with. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}

const month = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** The month of an epoch day, as an axis tick: "mar 21". */
export function formatEpochMonth(epochDay: number): string {
  return month.format(Math.round(epochDay) * 86_400_000);
}

const longMonth = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A year and month ("2021-06") as "giugno 2021", or as "giu 21" for an axis. */
export function formatMonth(yearMonth: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return (style === 'long' ? longMonth : month).format(Date.UTC(y, m - 1, 1));
}
