import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { usePlans } from '@/lib/get-plans';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOutcome } from '@/lib/use-outcome';
import type { Collection, CollectionPart, MonitoringPeriod } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useCollection } from '@/features/collection/api/get-collection';
import { usePeriod } from '@/features/collection/api/get-period';
import { useAcceptPart } from '@/features/collection/api/move-part';
import { DeadlineText } from '@/features/collection/components/deadline-text';
import { OpenCollectionForm } from '@/features/collection/components/open-collection-form';
import { PartsTable } from '@/features/collection/components/parts-table';
import { Reminders } from '@/features/collection/components/reminders';
import { ReturnForm } from '@/features/collection/components/return-form';
import { problemFieldLabel, scheduleText, tallyText } from '@/features/collection/utils/parts';

type Props = {
  periodId: number;
  /**
   * Closing the period, drawn by the page from the feature that closes periods; given the parts not accepted. Still
   * drawn once the period is closed, to say so.
   */
  renderClose?: (period: MonitoringPeriod, unaccepted: CollectionPart[]) => ReactNode;
};

function Progress({ period, collection, renderClose }: { period: MonitoringPeriod; collection: Collection } & Pick<Props, 'renderClose'>) {
  const { t } = useTranslation();
  const accept = useAcceptPart();
  const [dialog, confirm] = useConfirm();
  const { message, setMessage, problem, run } = useOutcome();
  const [returning, setReturning] = useState<CollectionPart>();
  const status = useRef<HTMLDivElement>(null);
  const parts = collection.parts ?? [];
  const nameOf = (part: CollectionPart) => part.structureName ?? part.structureCode ?? '';
  // An action's outcome is where the keyboard goes on: the button that was pressed may be gone with the new state.
  const announce = (text: string) => {
    setMessage(text);
    status.current?.focus();
  };

  async function acceptOne(part: CollectionPart) {
    setReturning(undefined);
    const confirmed = await confirm({
      title: t('board.acceptTitle'),
      message: t('board.acceptConfirm', { structure: nameOf(part), period: period.label }),
      confirmLabel: t('board.accept'),
    });
    if (!confirmed) return;
    run(
      async () => {
        await accept.mutateAsync({ periodId: period.id ?? 0, part });
        status.current?.focus();
      },
      () => t('board.accepted', { structure: nameOf(part) }),
    );
  }

  return (
    <>
      {dialog}
      <section aria-labelledby="collection-summary-title" className="mb-4">
        <h2 id="collection-summary-title" className="h4">
          {t('board.summaryHeading')}
        </h2>
        <dl className="collection-facts">
          <div>
            <dt>{t('collection.deadline')}</dt>
            <dd data-testid="deadline">
              <DeadlineText deadline={collection.deadline} />
            </dd>
          </div>
          <div>
            <dt>{t('collection.opened')}</dt>
            <dd>{t('collection.openedBy', { at: formatDateTime(collection.openedAt), by: collection.openedBy ?? '–' })}</dd>
          </div>
          <div>
            <dt>{t('board.schedule')}</dt>
            <dd data-testid="reminder-schedule">{scheduleText(t, collection)}</dd>
          </div>
          <div>
            <dt>{t('collection.message')}</dt>
            <dd data-testid="collection-message">{collection.message ?? '–'}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="collection-progress-title" className="mb-5">
        <h2 id="collection-progress-title" className="h4">
          {t('board.progressHeading')}
        </h2>
        <p data-testid="collection-tally">{tallyText(t, parts)}</p>
        <div ref={status} tabIndex={-1} role="status" className={message ? 'alert alert-success' : undefined}>
          {message}
        </div>
        <ProblemAlert problem={problem} formFields={[]} fieldLabel={(field) => problemFieldLabel(t, field)} />
        <PartsTable
          period={period}
          parts={parts}
          busy={accept.isPending}
          onReturn={(part) => {
            setMessage('');
            setReturning(part);
          }}
          onAccept={(part) => void acceptOne(part)}
        />
        {returning ? (
          <ReturnForm
            key={returning.id}
            periodId={period.id ?? 0}
            part={returning}
            onDone={(returned) => {
              setReturning(undefined);
              if (returned) announce(t('board.returned', { structure: nameOf(returning) }));
              else document.getElementById(`return-${returning.id}`)?.focus();
            }}
          />
        ) : null}
      </section>
      {renderClose?.(
        period,
        parts.filter((part) => part.state !== 'ACCEPTED'),
      )}
      <Reminders collection={collection} period={period} />
    </>
  );
}

/** `/amministrazione/raccolte/:periodId`: opening a period's collection, following it part by part, closing the period. */
export function CollectionBoard({ periodId, renderClose }: Props) {
  const { t } = useTranslation();
  const period = usePeriod(periodId);
  const plans = usePlans();
  const collection = useCollection(periodId);
  const [opened, setOpened] = useState('');
  const status = useRef<HTMLDivElement>(null);
  useDocumentTitle(period.data ? t('board.title', { period: period.data.label }) : t('nav.collections'));

  const failed = [period, collection].find((query) => query.isError);
  let body;
  if (failed?.error) body = <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!period.data || collection.data === undefined) body = <Spinner label={t('common.loading')} />;
  else {
    const current = period.data;
    const plan = plans.data?.find((candidate) => candidate.id === current.planId);
    body = (
      <>
        <h1>{t('board.title', { period: current.label })}</h1>
        {plan ? <p className="lead">{plan.title}</p> : null}
        {current.status === 'CLOSED' ? (
          <Alert tone="info">{t('board.periodClosed', { at: formatDateTime(current.closedAt), by: current.closedBy ?? '–' })}</Alert>
        ) : null}
        <div ref={status} tabIndex={-1} role="status" className={opened ? 'alert alert-success' : undefined}>
          {opened}
        </div>
        {collection.data ? (
          <Progress period={current} collection={collection.data} renderClose={renderClose} />
        ) : current.status === 'OPEN' ? (
          <>
            <Alert tone="info">{t('board.noCollection')}</Alert>
            <OpenCollectionForm
              period={current}
              onOpened={(count) => {
                setOpened(t('board.opened', { count }));
                status.current?.focus();
              }}
            />
          </>
        ) : (
          <Alert tone="info">{t('board.closedWithout')}</Alert>
        )}
      </>
    );
  }

  return (
    <>
      <p className="mb-2">
        <Link to={paths.collections()}>{t('board.back')}</Link>
      </p>
      {body}
    </>
  );
}
