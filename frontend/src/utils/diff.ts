export type FieldDiff<F extends string> = {
  field: F;
  theirs: string;
  mine: string;
  /** The other person changed this field since the version this user started from. */
  changedByThem: boolean;
};

/**
 * The fields that matter after a stale edit: those the other person changed, and those where their saved
 * value and this user's typed value differ.
 */
export function diffDrafts<F extends string>(
  fields: readonly F[],
  base: Record<F, string>,
  theirs: Record<F, string>,
  mine: Record<F, string>,
): FieldDiff<F>[] {
  return fields
    .map((field) => ({
      field,
      theirs: theirs[field],
      mine: mine[field],
      changedByThem: theirs[field] !== base[field],
    }))
    .filter((row) => row.changedByThem || row.theirs !== row.mine);
}
