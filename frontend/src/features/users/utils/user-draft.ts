import type { Role, User, UserInput } from '@/types/api';

export type UserDraft = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  structures: string[];
  active: boolean;
};

export type UserField = keyof UserDraft;
export type Issue = { key: string; values?: Record<string, unknown> };

export const USER_FIELDS: readonly UserField[] = ['username', 'displayName', 'password', 'role', 'structures', 'active'];
export const ROLES: readonly Role[] = ['ADMINISTRATOR', 'EDITOR', 'VIEWER'];
export const MIN_PASSWORD = 12;

export const EMPTY_USER: UserDraft = {
  username: '',
  displayName: '',
  password: '',
  role: 'VIEWER',
  structures: [],
  active: true,
};

export function userDraftOf(user: User): UserDraft {
  return {
    username: user.username ?? '',
    displayName: user.displayName ?? '',
    password: '',
    role: user.role ?? 'VIEWER',
    structures: [...(user.structures ?? [])],
    active: user.active ?? true,
  };
}

/**
 * The backend's rules, checked before sending: a username of letters, digits and . _ @ -, a name, a password of
 * at least 12 characters (required for a new user, optional on update to keep the current one), and at least one
 * structure for an editor.
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
  return issues;
}

/** Structures only for editors, where they mean something; no password to keep the current one. */
export function userInputOf(draft: UserDraft): UserInput {
  return {
    username: draft.username.trim(),
    displayName: draft.displayName.trim(),
    ...(draft.password !== '' ? { password: draft.password } : {}),
    role: draft.role,
    structures: draft.role === 'EDITOR' ? [...draft.structures].sort() : [],
    active: draft.active,
  };
}
