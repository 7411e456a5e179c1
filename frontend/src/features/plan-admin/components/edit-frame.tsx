import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleChanges } from '@/components/stale-changes';
import { Button } from '@/components/ui/button';
import type { FieldDiff } from '@/utils/diff';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';
import type { useEditForm } from '@/features/plan-admin/hooks/use-edit-form';

type Form = Pick<ReturnType<typeof useEditForm>, 'problem' | 'stale' | 'by' | 'saving' | 'submit' | 'takeTheirs'> & {
  changes: FieldDiff<string>[];
};

type Props = {
  id: string;
  title: string;
  /** What the stale-edit panel says someone else saved, e.g. "l'indicatore 2". */
  what: string;
  labels: Record<string, string>;
  form: Form;
  updatedAt?: string;
  headingLevel?: 3 | 4;
  onCancel: () => void;
  children: ReactNode;
};

/** The frame of every edit form of the plan: heading (focused on opening), problems, stale-edit panel, save and cancel. */
export function EditFrame({ id, title, what, labels, form, updatedAt, headingLevel = 3, onCancel, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      className="edit-panel card-bg rounded shadow p-4 mb-4"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Heading id={`${id}-title`} ref={heading} tabIndex={-1} className="h5">
        {title}
      </Heading>
      <ProblemMessage problem={form.problem} fields={Object.keys(labels)} />
      {form.stale ? (
        <StaleChanges
          what={what}
          rows={form.changes}
          labels={labels}
          updatedAt={updatedAt}
          by={form.by}
          saving={form.saving}
          onReapply={() => void form.submit()}
          onTakeTheirs={form.takeTheirs}
        />
      ) : null}
      {children}
      <div className="d-flex gap-2">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? t('common.saving') : t('common.save')}
        </Button>
        <Button variant="secondary" outline onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
