import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { initI18n } from '@/lib/i18n';
import { useDraftForm, type DraftIssue } from '@/lib/use-draft-form';

type Draft = { username: string; structures: string[]; 'administrator.email': string };
type Field = keyof Draft;

const FIELDS: readonly Field[] = ['username', 'structures', 'administrator.email'];
const EMPTY: Draft = { username: '', structures: [], 'administrator.email': '' };

// The inputs the hook focuses, as the forms lay them out: ids from the prefix, a group of checkboxes by selector.
function layOutInputs() {
  document.body.innerHTML = `
    <input id="member-username" />
    <fieldset id="member-structures"><input type="checkbox" id="member-structure-D01" /></fieldset>
    <input id="member-administrator-email" />`;
}

function validate(draft: Draft): Partial<Record<Field, DraftIssue>> {
  const issues: Partial<Record<Field, DraftIssue>> = {};
  if (draft.structures.length === 0) issues.structures = { key: 'users.structuresRequired' };
  if (!draft.username) issues.username = { key: 'validation.required' };
  return issues;
}

function setup(onSubmit: (draft: Draft) => Promise<unknown>, resetOnSuccess = false) {
  const i18n = initI18n('it');
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(
    () =>
      useDraftForm({
        fields: FIELDS,
        idPrefix: 'member',
        selectors: { structures: '#member-structures input' },
        initial: EMPTY,
        validate,
        onSubmit,
        resetOnSuccess,
      }),
    { wrapper },
  );
}

describe('useDraftForm', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shouldFocusTheFirstFieldAtFaultInFormOrderAndSendNothing', async () => {
    layOutInputs();
    const onSubmit = vi.fn(async () => undefined);
    const hook = setup(onSubmit);
    await act(() => hook.result.current.submit());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(hook.result.current.errors).toEqual({
      username: 'Campo obbligatorio',
      structures: expect.any(String),
    });
    expect(document.activeElement).toBe(document.getElementById('member-username'));
  });

  it('shouldFocusTheFirstCheckboxOfAGroupAtFault', async () => {
    layOutInputs();
    const onSubmit = vi.fn(async () => undefined);
    const hook = setup(onSubmit);
    act(() => hook.result.current.set('username', 'anna.rossi'));
    await act(() => hook.result.current.submit());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(Object.keys(hook.result.current.errors)).toEqual(['structures']);
    expect(document.activeElement).toBe(document.getElementById('member-structure-D01'));
  });

  it('shouldShowTheApiFieldErrorsAndKeepTheDraft', async () => {
    layOutInputs();
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, {
        title: 'Dati non validi',
        errors: [{ field: 'administrator.email', message: 'indirizzo già in uso' }],
      });
    });
    const hook = setup(onSubmit, true);
    act(() => hook.result.current.set('username', 'anna.rossi'));
    act(() => hook.result.current.set('structures', ['D01']));
    act(() => hook.result.current.set('administrator.email', 'anna.rossi@arti.puglia.it'));
    await act(() => hook.result.current.submit());
    expect(onSubmit).toHaveBeenCalledWith({
      username: 'anna.rossi',
      structures: ['D01'],
      'administrator.email': 'anna.rossi@arti.puglia.it',
    });
    expect(hook.result.current.errors).toEqual({ 'administrator.email': 'indirizzo già in uso' });
    expect(hook.result.current.problem?.title).toBe('Dati non validi');
    expect(hook.result.current.draft.username).toBe('anna.rossi');
    expect(hook.result.current.saving).toBe(false);
    expect(document.activeElement).toBe(document.getElementById('member-administrator-email'));
  });

  it('shouldShowAnErrorThatIsNoProblemAsItsTitle', async () => {
    const hook = setup(async () => {
      throw new Error('rete assente');
    });
    act(() => hook.result.current.set('username', 'anna.rossi'));
    act(() => hook.result.current.set('structures', ['D01']));
    await act(() => hook.result.current.submit());
    expect(hook.result.current.problem).toEqual({ title: 'Error: rete assente' });
    expect(hook.result.current.errors).toEqual({});
  });

  it('shouldStartAgainFromTheInitialDraftAfterSuccessWhenAsked', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const hook = setup(onSubmit, true);
    act(() => hook.result.current.set('username', 'anna.rossi'));
    act(() => hook.result.current.set('structures', ['D01']));
    await act(() => hook.result.current.submit());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(hook.result.current.draft).toEqual(EMPTY);
  });

  it('shouldKeepTheDraftAfterSuccessUnlessAsked', async () => {
    const hook = setup(async () => undefined);
    act(() => hook.result.current.set('username', 'anna.rossi'));
    act(() => hook.result.current.set('structures', ['D01']));
    await act(() => hook.result.current.submit());
    expect(hook.result.current.draft.username).toBe('anna.rossi');
    expect(hook.result.current.saving).toBe(false);
  });
});
