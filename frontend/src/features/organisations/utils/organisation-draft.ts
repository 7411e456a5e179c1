import type { Organisation, OrganisationInput, OrganisationReferenceInput, OrganisationUpdate } from '@/types/api';

/** Public reading as a select offers it: the deployment's default (null), or the organisation's own yes or no. */
export type PublicReadChoice = 'default' | 'yes' | 'no';
export const PUBLIC_READ_CHOICES: readonly PublicReadChoice[] = ['no', 'yes', 'default'];

export type OrganisationDraft = {
  code: string;
  name: string;
  publicRead: PublicReadChoice;
  username: string;
  displayName: string;
  password: string;
  email: string;
};

/** The form's fields as the backend's problem details name them (the administrator's are nested). */
export const ORGANISATION_FIELDS = {
  code: 'code',
  name: 'name',
  publicRead: 'publicRead',
  username: 'administrator.username',
  displayName: 'administrator.displayName',
  password: 'administrator.password',
  email: 'administrator.email',
} as const satisfies Record<keyof OrganisationDraft, string>;

export type OrganisationField = (typeof ORGANISATION_FIELDS)[keyof OrganisationDraft];
export type Issue = { key: string; values?: Record<string, unknown> };

export const EMPTY_ORGANISATION: OrganisationDraft = {
  code: '',
  name: '',
  // A new organisation is private until its administrator has filled it and chooses otherwise.
  publicRead: 'no',
  username: '',
  displayName: '',
  password: '',
  email: '',
};

export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const REFERENCE_CODE = /^[A-Za-z0-9._-]+$/;
const USERNAME = /^[A-Za-z0-9._@-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 12;

export function choiceOf(setting: boolean | null | undefined): PublicReadChoice {
  return setting == null ? 'default' : setting ? 'yes' : 'no';
}

export function settingOf(choice: PublicReadChoice): boolean | null {
  return choice === 'default' ? null : choice === 'yes';
}

function text(value: string, max: number, issues: Partial<Record<OrganisationField, Issue>>, field: OrganisationField) {
  if (!value.trim()) issues[field] = { key: 'validation.required' };
  else if (value.trim().length > max) issues[field] = { key: 'validation.tooLong', values: { max } };
}

/**
 * The backend's rules, checked before sending: a code of capitals, digits and - (2 to 32, not starting with -), a
 * name, and a first administrator as the users' page asks for one (username, name, a password of 12 characters or
 * more, an e-mail address that looks like one, if given).
 */
export function validateOrganisation(draft: OrganisationDraft): Partial<Record<OrganisationField, Issue>> {
  const issues: Partial<Record<OrganisationField, Issue>> = {};
  const code = draft.code.trim();
  if (!code) issues.code = { key: 'validation.required' };
  else if (!CODE_PATTERN.test(code)) issues.code = { key: 'organisations.codeFormat' };
  text(draft.name, 255, issues, 'name');
  text(draft.username, 100, issues, 'administrator.username');
  if (!issues['administrator.username'] && !USERNAME.test(draft.username.trim())) {
    issues['administrator.username'] = { key: 'users.usernameFormat' };
  }
  text(draft.displayName, 255, issues, 'administrator.displayName');
  if (draft.password === '') issues['administrator.password'] = { key: 'validation.required' };
  else if (draft.password.length < MIN_PASSWORD) issues['administrator.password'] = { key: 'users.passwordLength' };
  else if (draft.password.length > 200) issues['administrator.password'] = { key: 'validation.tooLong', values: { max: 200 } };
  const email = draft.email.trim();
  if (email.length > 254) issues['administrator.email'] = { key: 'validation.tooLong', values: { max: 254 } };
  else if (email !== '' && !EMAIL.test(email)) issues['administrator.email'] = { key: 'validation.email' };
  return issues;
}

export function organisationInputOf(draft: OrganisationDraft): OrganisationInput {
  const email = draft.email.trim();
  return {
    code: draft.code.trim(),
    name: draft.name.trim(),
    publicRead: settingOf(draft.publicRead),
    administrator: {
      username: draft.username.trim(),
      displayName: draft.displayName.trim(),
      password: draft.password,
      ...(email !== '' ? { email } : {}),
    },
  };
}

export type SettingsDraft = { name: string; publicRead: PublicReadChoice };

export function settingsDraftOf(organisation: Organisation): SettingsDraft {
  return { name: organisation.name ?? '', publicRead: choiceOf(organisation.publicReadSetting) };
}

export function validateSettings(draft: SettingsDraft): Partial<Record<keyof SettingsDraft, Issue>> {
  const issues: Partial<Record<keyof SettingsDraft, Issue>> = {};
  if (!draft.name.trim()) issues.name = { key: 'validation.required' };
  else if (draft.name.trim().length > 255) issues.name = { key: 'validation.tooLong', values: { max: 255 } };
  return issues;
}

export function settingsInputOf(draft: SettingsDraft): OrganisationUpdate {
  return { name: draft.name.trim(), publicRead: settingOf(draft.publicRead) };
}

export type ReferenceDraft = { code: string; name: string };

/** A structure's or a territorial unit's code (letters, digits and . _ -, up to 32) and name. */
export function validateReference(draft: ReferenceDraft): Partial<Record<keyof ReferenceDraft, Issue>> {
  const issues: Partial<Record<keyof ReferenceDraft, Issue>> = {};
  const code = draft.code.trim();
  if (!code) issues.code = { key: 'validation.required' };
  else if (code.length > 32) issues.code = { key: 'validation.tooLong', values: { max: 32 } };
  else if (!REFERENCE_CODE.test(code)) issues.code = { key: 'organisations.referenceCodeFormat' };
  if (!draft.name.trim()) issues.name = { key: 'validation.required' };
  else if (draft.name.trim().length > 255) issues.name = { key: 'validation.tooLong', values: { max: 255 } };
  return issues;
}

export function referenceInputOf(draft: ReferenceDraft): OrganisationReferenceInput {
  return { code: draft.code.trim(), name: draft.name.trim() };
}
