const KEPT = 8;

/** A SHA-256 shortened for display, its head and tail kept: enough to tell files apart at a glance. */
export function abbreviateHash(hash: string | null | undefined, kept: number = KEPT): string {
  if (!hash) return '–';
  return hash.length <= kept * 2 + 1 ? hash : `${hash.slice(0, kept)}…${hash.slice(-kept)}`;
}
