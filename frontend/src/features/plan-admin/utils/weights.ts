import { parseDecimal } from '@/utils/format';

export type WeightTotal = { sum: number; missing: number; invalid: number; complete: boolean };

/** The live total of weights typed in a form, as the backend will judge it: complete at exactly 100. */
export function weightTotal(values: readonly string[]): WeightTotal {
  let sum = 0;
  let missing = 0;
  let invalid = 0;
  for (const value of values) {
    const parsed = parseDecimal(value);
    if (parsed == null) missing += 1;
    else if (Number.isNaN(parsed) || parsed < 0 || parsed > 100) invalid += 1;
    else sum += parsed;
  }
  // Cents, so that 33,33 + 33,33 + 33,34 is exactly 100.
  sum = Math.round(sum * 100) / 100;
  return { sum, missing, invalid, complete: missing === 0 && invalid === 0 && sum === 100 };
}
