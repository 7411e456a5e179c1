import type { Member, MemberInput } from '@/types/api';

export type MemberRole = MemberInput['role'];
export type MemberDraft = { username: string; role: MemberRole; structures: string[] };
export type MemberField = keyof MemberDraft;
export type Issue = { key: string; values?: Record<string, unknown> };

export const MEMBER_FIELDS: readonly MemberField[] = ['username', 'role', 'structures'];
// REGIONAL is given only in the person's own organisation: the backend refuses it to members.
export const MEMBER_ROLES: readonly MemberRole[] = ['ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV'];

export const EMPTY_MEMBER: MemberDraft = { username: '', role: 'VIEWER', structures: [] };

export function memberDraftOf(member: Member): MemberDraft {
  return { username: member.username ?? '', role: member.role ?? 'VIEWER', structures: [...(member.structures ?? [])] };
}

/** The backend's rules, checked before sending: a username as accounts have them, structures for an editor. */
export function validateMember(draft: MemberDraft): Partial<Record<MemberField, Issue>> {
  const issues: Partial<Record<MemberField, Issue>> = {};
  const username = draft.username.trim();
  if (!username) issues.username = { key: 'validation.required' };
  else if (!/^[A-Za-z0-9._@-]+$/.test(username)) issues.username = { key: 'users.usernameFormat' };
  else if (username.length > 100) issues.username = { key: 'validation.tooLong', values: { max: 100 } };
  if (draft.role === 'EDITOR' && draft.structures.length === 0) issues.structures = { key: 'users.structuresRequired' };
  return issues;
}

/** Structures only for editors, where they mean something (the backend refuses them for the OIV). */
export function memberInputOf(draft: MemberDraft): MemberInput {
  return { role: draft.role, structures: draft.role === 'EDITOR' ? [...draft.structures].sort() : [] };
}
