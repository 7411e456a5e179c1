import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, call } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';
import type { Me, Organisation } from '@/types/api';

// The organisation chosen in the header's switcher, kept across visits on this browser.
const STORAGE_KEY = 'perfmon.organisation';

/** The organisations the caller may read: anonymous, those that read publicly; people, theirs too; the Region, all. */
export async function getOrganisations(): Promise<Organisation[]> {
  const { data } = await call(api.GET('/api/v1/organisations', { params: { query: { limit: 500 } } }));
  return data.items ?? [];
}

// The list depends on who asks: the key names them, so that signing in or out reads it again.
export const organisationsQueryOptions = (who: string | null) =>
  queryOptions({ queryKey: ['organisations', who], queryFn: getOrganisations });

const listeners = new Set<() => void>();

export function chosenOrganisation(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the organisation to read and tells every list that shows one organisation's data to read it again. */
export function chooseOrganisation(code: string) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, code);
  } catch {
    // Storage refused (private mode, quota): the choice still holds until the page is reloaded.
    memory = code;
  }
  for (const listener of listeners) listener();
}

let memory: string | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab of the same browser chose: this one follows.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

function snapshot() {
  return chosenOrganisation() ?? memory;
}

export type OrganisationScope = {
  /** Whether the organisation to show is known; lists wait for it rather than show another one's data first. */
  ready: boolean;
  /** What the switcher offers; empty where the caller reads a single organisation (no switcher then). */
  choices: Organisation[];
  /** The code to send as `organisation` to the lists; undefined: the backend's own default for the caller. */
  param: string | undefined;
  /** The organisation shown, when known: the switcher's value and the header's name. */
  current: Organisation | undefined;
};

/**
 * Who reads which organisation. People of the Region read all of them and anonymous visitors every one that reads
 * publicly: where that is more than one they choose, and keep their choice while it stays readable; people of the
 * Region start from their own organisation, anonymous visitors from the deployment's default (`defaultCode`, when
 * known). Everybody else reads their own organisation only, which the backend gives without a parameter.
 */
export function scopeOf(
  me: Me | null,
  readable: readonly Organisation[],
  chosen: string | null,
  defaultCode?: string | null,
): Omit<OrganisationScope, 'ready'> {
  const byCode = (code: string | null | undefined) => readable.find((organisation) => organisation.code === code);
  const own = byCode(me?.organisation?.code);
  const mayChoose = (me === null || me.role === 'REGIONAL') && readable.length > 1;
  if (!mayChoose) {
    return { choices: [], param: undefined, current: own ?? (me === null && readable.length === 1 ? readable[0] : undefined) };
  }
  const current = byCode(chosen) ?? own ?? byCode(defaultCode) ?? readable[0];
  return { choices: [...readable], param: current?.code, current };
}

/** The organisation the signed-in person or the visitor reads now, and the choice they have (see scopeOf). */
export function useOrganisationScope(): OrganisationScope {
  const me = useCurrentUser();
  const chosen = useSyncExternalStore(subscribe, snapshot, () => null);
  // Who asks is known, or cannot be (the backend did not answer /auth/me): then the lists go without a parameter.
  const known = me.data !== undefined || me.isError;
  const anonymous = me.data === null;
  const asks = known && (anonymous || me.data?.role === 'REGIONAL');
  const organisations = useQuery({ ...organisationsQueryOptions(me.data?.username ?? null), enabled: asks });
  const readable = organisations.data ?? [];
  if (!known) return { ready: false, choices: [], param: undefined, current: undefined };
  // The backend says which organisation hosts the deployment; a private one is not listed to visitors, who then
  // start from the first they may read.
  const defaultCode = readable.find((organisation) => organisation.isDefault)?.code;
  const scope = scopeOf(me.data ?? null, readable, chosen, defaultCode);
  // A failed list is no reason to show nothing: the backend's default organisation is read then.
  const listed = !asks || organisations.isSuccess || organisations.isError;
  return { ...scope, ready: listed };
}
