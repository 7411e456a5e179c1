import type { ApiToken, ApiTokenInput } from '@/types/api';

export const COUNTS_WRITE = 'counts:write';
export const VALUES_READ = 'values:read';

export type TokenDraft = {
  name: string;
  countsWrite: boolean;
  valuesRead: boolean;
  indicatorIds: number[];
  /** The last day of validity, as an ISO date. */
  expiresOn: string;
  /** A values:read token that reads every organisation, not only the creator's: people of the Region only. */
  allOrganisations: boolean;
};

export type TokenField = 'name' | 'scopes' | 'indicatorIds' | 'expiresOn' | 'allOrganisations';
export type Issue = { key: string; values?: Record<string, unknown> };

export const TOKEN_FIELDS: readonly TokenField[] = ['name', 'scopes', 'indicatorIds', 'expiresOn', 'allOrganisations'];

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * A new token valid for a year, the habit for a system that is renewed yearly with the plan. A person of the Region
 * (`regional`) creates values:read tokens only, so that scope comes chosen.
 */
export function emptyTokenDraft(today: string, regional = false): TokenDraft {
  return {
    name: '',
    countsWrite: false,
    valuesRead: regional,
    indicatorIds: [],
    expiresOn: addYears(today, 1),
    allOrganisations: false,
  };
}

/** The backend's rules: a name, a scope at least, indicators for counts:write only, an end from tomorrow to two years. */
export function validateToken(draft: TokenDraft, today: string): Partial<Record<TokenField, Issue>> {
  const issues: Partial<Record<TokenField, Issue>> = {};
  if (!draft.name.trim()) issues.name = { key: 'validation.required' };
  else if (draft.name.trim().length > 100) issues.name = { key: 'validation.tooLong', values: { max: 100 } };
  if (!draft.countsWrite && !draft.valuesRead) issues.scopes = { key: 'tokens.scopesRequired' };
  if (draft.countsWrite && draft.indicatorIds.length === 0) issues.indicatorIds = { key: 'tokens.indicatorsRequired' };
  if (draft.allOrganisations && (draft.countsWrite || !draft.valuesRead)) {
    issues.allOrganisations = { key: 'tokens.allOrganisationsValuesReadOnly' };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresOn)) issues.expiresOn = { key: 'validation.date' };
  else if (draft.expiresOn < addDays(today, 1) || draft.expiresOn > addYears(today, 2)) {
    issues.expiresOn = { key: 'tokens.expiresOnHint' };
  }
  return issues;
}

export function tokenInputOf(draft: TokenDraft): ApiTokenInput {
  const scopes = [...(draft.countsWrite ? [COUNTS_WRITE] : []), ...(draft.valuesRead ? [VALUES_READ] : [])];
  return {
    name: draft.name.trim(),
    scopes,
    ...(draft.countsWrite ? { indicatorIds: [...draft.indicatorIds].sort((a, b) => a - b) } : {}),
    expiresOn: draft.expiresOn,
    // Sent only when chosen: administrators' tokens leave it to the backend's default (false), as before.
    ...(draft.allOrganisations ? { allOrganisations: true } : {}),
  };
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: ApiToken, now: Date): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** The backend stores the end as the instant the validity ends (midnight UTC after it): this is the day before. */
export function lastValidDay(expiresAt: string | undefined): string | undefined {
  return expiresAt ? new Date(Date.parse(expiresAt) - 1).toISOString().slice(0, 10) : undefined;
}
