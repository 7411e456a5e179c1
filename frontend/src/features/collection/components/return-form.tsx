import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-field';
import { isApiError, problemOf } from '@/lib/api-client';
import type { CollectionPart, Problem } from '@/types/api';
import { useReturnPart } from '@/features/collection/api/move-part';
import { problemFieldLabel } from '@/features/collection/utils/parts';

const REASON_MAX = 1000;

type Props = { periodId: number; part: CollectionPart; onDone: (returned: boolean) => void };

/** Handing a part back to its structure needs a reason: the editors read it, the audit trail keeps it. */
export function ReturnForm({ periodId, part, onDone }: Props) {
  const { t } = useTranslation();
  const giveBack = useReturnPart();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const structure = part.structureName ?? part.structureCode ?? '';

  const focusReason = () => document.getElementById('return-reason')?.focus();

  useEffect(focusReason, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setError(t('board.returnReasonRequired'));
      focusReason();
      return;
    }
    setError(undefined);
    giveBack
      .mutateAsync({ periodId, part, reason: reason.trim() })
      .then(() => onDone(true))
      .catch((failure: unknown) => {
        setProblem(problemOf(failure));
        if (isApiError(failure) && failure.fieldErrors.reason) {
          setError(failure.fieldErrors.reason);
          focusReason();
        }
      });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="return-title"
      className="card-bg rounded shadow p-4 my-4"
      data-testid="return-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      <h3 id="return-title" className="h5">
        {t('board.returnTitle', { structure })}
      </h3>
      <ProblemAlert problem={problem} formFields={['reason']} fieldLabel={(name) => problemFieldLabel(t, name)} />
      <TextAreaField
        id="return-reason"
        label={t('board.returnReason')}
        hint={t('board.returnReasonHint')}
        required
        maxLength={REASON_MAX}
        value={reason}
        error={error}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" disabled={giveBack.isPending}>
          {t('board.confirmReturn')}
        </Button>
        <Button variant="secondary" outline onClick={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
