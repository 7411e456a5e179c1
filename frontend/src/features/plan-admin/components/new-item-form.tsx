import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { Problem } from '@/types/api';
import { ProblemMessage } from '@/features/plan-admin/components/problem-message';

type Props = {
  /** `admin-new-area` names the form by its heading `admin-new-area-title`. */
  id: string;
  title: string;
  headingLevel: 3 | 4;
  form: { problem: Problem | null; fields: readonly string[] };
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  /** The fields; a function places the submit button itself, e.g. on the fields' row. */
  children: ReactNode | ((submit: ReactNode) => ReactNode);
};

/** The form under a list that adds an item to it: heading, the backend's problem, the fields, the add button. */
export function NewItemForm({ id, title, headingLevel, form, submitLabel, pending, onSubmit, children }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const submit = (
    <Button type="submit" disabled={pending}>
      {submitLabel}
    </Button>
  );
  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Heading id={`${id}-title`} className="h5">
        {title}
      </Heading>
      <ProblemMessage problem={form.problem} fields={form.fields} />
      {typeof children === 'function' ? (
        children(submit)
      ) : (
        <>
          {children}
          {submit}
        </>
      )}
    </form>
  );
}
