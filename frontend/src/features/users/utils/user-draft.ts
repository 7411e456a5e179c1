import type { Role, User, UserInput } from '@/types/api';

export type UserDraft = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  structures: string[];
  active: boolean;
  email: string;
};

export type UserField = keyof UserDraft;
export type Issue = { key: string; values?: Record<string, unknown> };

export const USER_FIELDS: readonly UserField[] = ['username', 'displayName', 'email', 'password', 'role', 'structures', 'active'];
// REGIONAL is offered to every administrator; the backend gives it only where allowed (administrators of the
// deployment's default organisation, to its own people) and its refusal is shown beside the field.
export const ROLES: readonly Role[] = ['ADMINISTRATOR', 'EDITOR', 'VIEWER', 'OIV', 'REGIONAL'];
export const MIN_PASSWORD = 12;
// What a person can mistype: a missing @, a space, no dot in the domain. The backend checks the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const EMPTY_USER: UserDraft = {
  username: '',
  displayName: '',
  password: '',
  role: 'VIEWER',
  structures: [],
  active: true,
  email: '',
};

export function userDraftOf(user: User): UserDraft {
  return {
    username: user.username ?? '',
    displayName: user.displayName ?? '',
    password: '',
    role: user.role ?? 'VIEWER',
    structures: [...(user.structures ?? [])],
    active: user.active ?? true,
    email: user.email ?? '',
  };
}

/**
 * The backend's rules, checked before sending: a username of letters, digits and . _ @ -, a name, a password of
 * at least 12 characters (required for a new user, optional on update to keep the current one), at least one
 * structure for an editor, and an e-mail address that looks like one, if given.
 */
export function validateUser(draft: UserDraft, creating: boolean): Partial<Record<UserField, Issue>> {
  const issues: Partial<Record<UserField, Issue>> = {};
  if (!draft.username.trim()) issues.username = { key: 'validation.required' };
  else if (!/^[A-Za-z0-9._@-]+$/.test(draft.username.trim())) issues.username = { key: 'users.usernameFormat' };
  else if (draft.username.trim().length > 100) issues.username = { key: 'validation.tooLong', values: { max: 100 } };
  if (!draft.displayName.trim()) issues.displayName = { key: 'validation.required' };
  else if (draft.displayName.trim().length > 255) issues.displayName = { key: 'validation.tooLong', values: { max: 255 } };
  if (creating && draft.password === '') issues.password = { key: 'validation.required' };
  else if (draft.password !== '' && draft.password.length < MIN_PASSWORD) issues.password = { key: 'users.passwordLength' };
  else if (draft.password.length > 200) issues.password = { key: 'validation.tooLong', values: { max: 200 } };
  if (draft.role === 'EDITOR' && draft.structures.length === 0) issues.structures = { key: 'users.structuresRequired' };
  const email = draft.email.trim();
  if (email.length > 254) issues.email = { key: 'validation.tooLong', values: { max: 254 } };
  else if (email !== '' && !EMAIL.test(email)) issues.email = { key: 'validation.email' };
  return issues;
}

/**
 * Structures only for editors, where they mean something; no password to keep the current one; no address to keep
 * the current one (the contract has the person, not the administrator, remove it, in their preferences).
 */
export function userInputOf(draft: UserDraft): UserInput {
  return {
    username: draft.username.trim(),
    displayName: draft.displayName.trim(),
    ...(draft.password !== '' ? { password: draft.password } : {}),
    role: draft.role,
    structures: draft.role === 'EDITOR' ? [...draft.structures].sort() : [],
    active: draft.active,
    ...(draft.email.trim() !== '' ? { email: draft.email.trim() } : {}),
  };
}
