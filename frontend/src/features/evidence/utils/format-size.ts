// Sizes in binary multiples, as file managers show them, with the Italian decimal comma and grouping whatever the
// interface language (as every figure of the app): 20 MiB, the backend's default limit, reads "20 MB".
const oneDecimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1, useGrouping: 'always' });
const UNITS = ['KB', 'MB', 'GB'] as const;

/** A size in bytes for people: 512 → "512 byte", 48213 → "47,1 KB", 20971520 → "20 MB". */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '–';
  if (bytes < 1024) return `${oneDecimal.format(bytes)} byte`;
  let value = bytes / 1024;
  let unit = 0;
  // Moves up a unit also when rounding would print "1.024 KB".
  while (unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit += 1;
  }
  return `${oneDecimal.format(value)} ${UNITS[unit]}`;
}

/** The backend's default limit (perfmon.evidence.max-size), which the API does not publish. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;
