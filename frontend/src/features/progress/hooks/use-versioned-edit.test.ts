import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { useVersionedEdit } from '@/features/progress/hooks/use-versioned-edit';

type Draft = { note: string; source: string };

function setup(save: (values: Draft, etag: string | null) => Promise<string>) {
  const onSaved = vi.fn();
  const reload = vi.fn(async () => ({ values: { note: 'Nota di Bianca', source: 'Direzione' }, etag: '"4"', updatedAt: '2021-06-30T08:00:00Z' }));
  const validate = (values: Draft): Record<string, string> => (values.source.length > 10 ? { source: 'troppo lunga' } : {});
  const hook = renderHook(() =>
    useVersionedEdit<Draft, string>({
      initial: { values: { note: '', source: 'Direzione' }, etag: '"3"' },
      validate,
      save,
      reload,
      onSaved,
    }),
  );
  return { hook, onSaved, reload };
}

describe('useVersionedEdit', () => {
  it('shouldSaveWithTheVersionItStartedFrom', async () => {
    const save = vi.fn(async () => 'ok');
    const { hook, onSaved } = setup(save);
    act(() => hook.result.current.setField('note', 'Nota di Anna'));
    await act(() => hook.result.current.submit());
    expect(save).toHaveBeenCalledWith({ note: 'Nota di Anna', source: 'Direzione' }, '"3"');
    expect(onSaved).toHaveBeenCalledWith('ok');
  });

  it('shouldNotSendValuesThatFailValidation', async () => {
    const save = vi.fn(async () => 'ok');
    const { hook } = setup(save);
    act(() => hook.result.current.setField('source', 'Una fonte troppo lunga'));
    await act(() => hook.result.current.submit());
    expect(save).not.toHaveBeenCalled();
    expect(hook.result.current.errors).toEqual({ source: 'troppo lunga' });
  });

  it('shouldShowTheBackendsFieldErrors', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(400, { title: 'Dati non validi', errors: [{ field: 'note', message: 'non valida' }] });
    });
    const { hook } = setup(save);
    await act(() => hook.result.current.submit());
    expect(hook.result.current.errors).toEqual({ note: 'non valida' });
    expect(hook.result.current.problem?.title).toBe('Dati non validi');
  });

  it('shouldKeepWhatTheUserTypedWhenTheVersionIsStale', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(412, { title: 'Precondizione non soddisfatta' });
    });
    const { hook, reload, onSaved } = setup(save);
    act(() => hook.result.current.setField('note', 'Nota di Anna'));
    await act(() => hook.result.current.submit());
    expect(reload).toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(hook.result.current.conflict?.theirs.note).toBe('Nota di Bianca');
    expect(hook.result.current.draft.note).toBe('Nota di Anna');
  });

  it('shouldReapplyTheUsersValuesOnTheCurrentVersion', async () => {
    const save = vi
      .fn<(values: Draft, etag: string | null) => Promise<string>>()
      .mockRejectedValueOnce(new ApiError(412, {}))
      .mockResolvedValueOnce('ok');
    const { hook, onSaved } = setup(save);
    act(() => hook.result.current.setField('note', 'Nota di Anna'));
    await act(() => hook.result.current.submit());
    await act(() => hook.result.current.reapply());
    expect(save).toHaveBeenLastCalledWith({ note: 'Nota di Anna', source: 'Direzione' }, '"4"');
    expect(onSaved).toHaveBeenCalledWith('ok');
    expect(hook.result.current.conflict).toBeNull();
  });

  it('shouldTakeTheirVersionWhenTheUserGivesUpTheirs', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(428, {});
    });
    const { hook } = setup(save);
    act(() => hook.result.current.setField('note', 'Nota di Anna'));
    await act(() => hook.result.current.submit());
    act(() => hook.result.current.takeTheirs());
    expect(hook.result.current.draft.note).toBe('Nota di Bianca');
    expect(hook.result.current.conflict).toBeNull();
  });
});
