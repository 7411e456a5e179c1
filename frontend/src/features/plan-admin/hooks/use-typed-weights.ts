import { useMemo, useState } from 'react';
import { toInputNumber } from '@/utils/format';
import { weightTotal } from '@/features/plan-admin/utils/weights';

type Weighted = { id?: number; weight?: number | null };

/** The weights of a list as typed over the saved ones: their live total and the rows whose weight was changed. */
export function useTypedWeights<Row extends Weighted>(rows: readonly Row[]) {
  const saved = useMemo(() => Object.fromEntries(rows.map((row) => [row.id ?? 0, toInputNumber(row.weight)])), [rows]);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const weightOf = (id: number) => typed[id] ?? saved[id] ?? '';
  const total = weightTotal(rows.map((row) => weightOf(row.id ?? 0)));
  const changed = rows.filter((row) => typed[row.id ?? 0] != null && typed[row.id ?? 0] !== saved[row.id ?? 0]);

  const type = (id: number, value: string) => setTyped((current) => ({ ...current, [id]: value }));
  /** Drops what was typed for one row, once it is saved. */
  const forget = (id: number) =>
    setTyped((current) => {
      const next = { ...current };
      delete next[id];
      return next;
    });
  const forgetAll = () => setTyped({});

  return { weightOf, total, changed, type, forget, forgetAll };
}
