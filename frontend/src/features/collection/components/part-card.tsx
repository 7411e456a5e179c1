import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { useCan } from '@/lib/authorization';
import { useOutcome } from '@/lib/use-outcome';
import type { CollectionPart, MonitoringPeriod } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useSubmitPart } from '@/features/collection/api/move-part';
import { AskedItems } from '@/features/collection/components/asked-items';
import { PartStateBadge } from '@/features/collection/components/part-state-badge';
import { isWithStructure, outstandingText, problemFieldLabel } from '@/features/collection/utils/parts';

type Props = { part: CollectionPart; period: MonitoringPeriod };

/** Where the part stands: who handed it in or back, and why it came back. */
function PartHistory({ part }: { part: CollectionPart }) {
  const { t } = useTranslation();
  switch (part.state) {
    case 'RETURNED':
      return (
        <Alert tone="warning" className="mb-3">
          <p className="fw-semibold mb-1">
            {t('collection.returnedBy', { at: formatDateTime(part.decidedAt), by: part.decidedBy ?? '–' })}
          </p>
          <p className="mb-1">
            {t('collection.returnReason')}: <span data-testid="return-reason">{part.returnReason}</span>
          </p>
          <p className="mb-0">{t('tasks.returned')}</p>
        </Alert>
      );
    case 'SUBMITTED':
      return (
        <p>
          {t('collection.submittedBy', { at: formatDateTime(part.submittedAt), by: part.submittedBy ?? '–' })}.{' '}
          {t('tasks.waiting')}
        </p>
      );
    case 'ACCEPTED':
      return (
        <p>
          {t('collection.acceptedBy', { at: formatDateTime(part.decidedAt), by: part.decidedBy ?? '–' })}.{' '}
          {t('tasks.accepted')}
        </p>
      );
    default:
      return null;
  }
}

/** One structure's part of a collection as its editors see it: state, what is missing, and handing it in. */
export function PartCard({ part, period }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const submit = useSubmitPart();
  const [dialog, confirm] = useConfirm();
  const { message, problem, run } = useOutcome();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = part.items ?? [];
  const headingId = `part-${part.id}-title`;
  const structure = part.structureName ?? part.structureCode ?? '';
  const submittable =
    period.status === 'OPEN' && isWithStructure(part.state) && can('collection:submit', { structureCode: part.structureCode });

  async function handIn() {
    const confirmed = await confirm({
      title: t('tasks.confirmTitle'),
      message: (
        <>
          <p>{t('tasks.confirm', { structure, period: period.label })}</p>
          {items.length > 0 ? <p className="mb-0">{t('tasks.confirmOutstanding', { count: items.length })}</p> : null}
        </>
      ),
      confirmLabel: t('tasks.confirmLabel'),
    });
    if (!confirmed) return;
    run(
      async () => {
        await submit.mutateAsync({ periodId: period.id ?? 0, part });
        // The button is gone once the part is handed in: the keyboard goes on from the part's heading.
        heading.current?.focus();
      },
      () => t('tasks.submitted', { structure }),
    );
  }

  return (
    <article className="part-card card-bg rounded shadow-sm p-3 mb-4" aria-labelledby={headingId} data-testid={`part-${part.structureCode}`}>
      {dialog}
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="h5 mb-2">
          {structure}
        </h3>
        <p className="mb-2">
          <span className="visually-hidden">{t('collection.stateLabel')}: </span>
          <PartStateBadge state={part.state} />
        </p>
      </div>
      <PartHistory part={part} />
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      <ProblemAlert problem={problem} formFields={[]} fieldLabel={(field) => problemFieldLabel(t, field)} />
      <h4 className="h6">{items.length > 0 ? t('tasks.asked', { count: items.length }) : t('tasks.nothingAsked')}</h4>
      {items.length > 0 ? <p className="small mb-2">{outstandingText(t, part.outstanding)}</p> : null}
      <AskedItems
        items={items}
        periodId={period.id ?? 0}
        periodDate={period.referenceDate}
        label={t('board.missingOf', { structure })}
      />
      {submittable ? (
        <Button disabled={submit.isPending} onClick={() => void handIn()}>
          {t('tasks.submit', { structure })}
        </Button>
      ) : null}
    </article>
  );
}
