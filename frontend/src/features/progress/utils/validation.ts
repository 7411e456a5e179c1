/** A client-side validation message, as an i18n key with its values. */
export type Issue = { key: string; values?: Record<string, string | number> };
export type Issues<F extends string> = Partial<Record<F, Issue>>;

export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/** Checks a number typed in a field against the same bounds the backend enforces. */
export function checkNumber(
  parsed: number | null,
  { min, max, decimals }: { min: number; max: number; decimals: number },
): Issue | undefined {
  if (parsed == null) return undefined;
  if (Number.isNaN(parsed)) return { key: 'validation.notANumber' };
  if (parsed < min || parsed > max) return { key: 'validation.range', values: { min, max } };
  if (decimalsOf(parsed) > decimals) return { key: 'validation.decimals', values: { decimals } };
  return undefined;
}

export function checkLength(text: string, max: number): Issue | undefined {
  return text.length > max ? { key: 'validation.tooLong', values: { max } } : undefined;
}
