import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import type { Problem } from '@/types/api';
import {
  useCreateReference,
  useReferences,
  type Reference,
  type ReferenceKind,
} from '@/features/organisations/api/references';
import { referenceInputOf, validateReference, type ReferenceDraft } from '@/features/organisations/utils/organisation-draft';

const EMPTY: ReferenceDraft = { code: '', name: '' };

/** The organisation's responsible structures or territorial units, by code, and a form that adds one. */
export function ReferencesSection({ kind, organisationCode }: { kind: ReferenceKind; organisationCode: string }) {
  const { t } = useTranslation();
  const references = useReferences(kind, organisationCode);
  const create = useCreateReference();
  const [draft, setDraft] = useState<ReferenceDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof ReferenceDraft, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [message, setMessage] = useState('');
  const words = `organisations.${kind}`;
  const id = `new-${kind}`;

  async function submit() {
    setProblem(null);
    setMessage('');
    const issues = validateReference(draft);
    const messages = Object.fromEntries(Object.entries(issues).map(([f, issue]) => [f, t(issue.key, issue.values)]));
    setErrors(messages);
    const first = (['code', 'name'] as const).find((field) => messages[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    try {
      const input = referenceInputOf(draft);
      await create.mutateAsync({ kind, organisationCode, input });
      setDraft(EMPTY);
      setMessage(t(`${words}.added`, { code: input.code }));
      document.getElementById(`${id}-code`)?.focus();
    } catch (error) {
      if (isApiError(error)) {
        const byField = error.fieldErrors as Partial<Record<keyof ReferenceDraft, string>>;
        setErrors(byField);
        setProblem(error.problem);
        const field = (['code', 'name'] as const).find((f) => byField[f]);
        if (field) document.getElementById(`${id}-${field}`)?.focus();
      } else {
        setProblem({ title: String(error) });
      }
    }
  }

  return (
    <section aria-labelledby={`${kind}-title`} className="mb-5">
      <h2 id={`${kind}-title`} className="h3">
        {t(`${words}.title`)}
      </h2>
      <p>{t(`${words}.intro`)}</p>
      {references.isError ? (
        <QueryError error={references.error} onRetry={() => void references.refetch()} />
      ) : references.data ? (
        references.data.length === 0 ? (
          <p>{t(`${words}.none`)}</p>
        ) : (
          <RecordTable<Reference>
            caption={t(`${words}.title`)}
            rows={references.data}
            rowKey={(reference) => reference.id}
            rowTestId={(reference) => `${kind}-${reference.code}`}
            columns={[
              { header: t('organisations.referenceCode'), rowHeader: true, cell: (reference) => reference.code },
              { header: t('organisations.referenceName'), cell: (reference) => reference.name },
            ]}
          />
        )
      ) : (
        <Spinner label={t('common.loading')} />
      )}
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      <form
        noValidate
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h3 id={`${id}-title`} className="h5">
          {t(`${words}.new`)}
        </h3>
        <ProblemAlert problem={problem} formFields={['code', 'name']} />
        <div className="row">
          <div className="col-md-4">
            <TextField
              id={`${id}-code`}
              label={t('organisations.referenceCode')}
              hint={t('organisations.referenceCodeHint')}
              autoComplete="off"
              spellCheck={false}
              required
              maxLength={32}
              value={draft.code}
              error={errors.code}
              onChange={(event) => setDraft((current) => ({ ...current, code: event.target.value }))}
            />
          </div>
          <div className="col-md-8">
            <TextField
              id={`${id}-name`}
              label={t('organisations.referenceName')}
              autoComplete="off"
              required
              maxLength={255}
              value={draft.name}
              error={errors.name}
              onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
            />
          </div>
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t(`${words}.add`)}
        </Button>
      </form>
    </section>
  );
}
