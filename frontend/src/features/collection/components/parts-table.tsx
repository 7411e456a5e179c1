import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Table } from '@/components/ui/table';
import type { CollectionPart, MonitoringPeriod } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { AskedItems } from '@/features/collection/components/asked-items';
import { PartStateBadge } from '@/features/collection/components/part-state-badge';
import { outstandingText } from '@/features/collection/utils/parts';

type Props = {
  period: MonitoringPeriod;
  parts: readonly CollectionPart[];
  busy: boolean;
  onReturn: (part: CollectionPart) => void;
  onAccept: (part: CollectionPart) => void;
};

const COLUMNS = 6;

/** The last decision on a part: a return carries its reason, an acceptance none. */
function Decision({ part }: { part: CollectionPart }) {
  const { t } = useTranslation();
  if (!part.decidedAt) return <>–</>;
  const by = { at: formatDateTime(part.decidedAt), by: part.decidedBy ?? '–' };
  if (part.returnReason == null) return <>{t('collection.acceptedBy', by)}</>;
  return (
    <>
      {t('collection.returnedBy', by)}
      <span className="d-block small">
        {t('collection.returnReason')}: {part.returnReason}
      </span>
    </>
  );
}

/** Structures × state: what each still misses, when it was handed in, and the office's return and accept. */
export function PartsTable({ period, parts, busy, onReturn, onAccept }: Props) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const open = period.status === 'OPEN';
  const toggle = (id: number) =>
    setExpanded((shown) => {
      const next = new Set(shown);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table caption={t('board.progressHeading')} captionHidden className="parts-table">
      <thead>
        <tr>
          <th scope="col">{t('board.structure')}</th>
          <th scope="col">{t('board.state')}</th>
          <th scope="col">{t('board.missing')}</th>
          <th scope="col">{t('board.submitted')}</th>
          <th scope="col">{t('board.decided')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => {
          const id = part.id ?? 0;
          const structure = part.structureName ?? part.structureCode ?? '';
          const items = part.items ?? [];
          const shown = expanded.has(id);
          return (
            <Fragment key={id}>
              <tr data-testid={`board-part-${part.structureCode}`}>
                <th scope="row" className="fw-normal">
                  {structure}
                </th>
                <td>
                  <PartStateBadge state={part.state} />
                </td>
                <td>{outstandingText(t, part.outstanding)}</td>
                <td>
                  {part.submittedAt
                    ? t('collection.submittedBy', { at: formatDateTime(part.submittedAt), by: part.submittedBy ?? '–' })
                    : t('board.notYet')}
                </td>
                <td>
                  <Decision part={part} />
                </td>
                <td>
                  <div className="d-flex flex-wrap gap-1">
                    {items.length > 0 ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        outline
                        aria-expanded={shown}
                        aria-controls={shown ? `missing-${id}` : undefined}
                        onClick={() => toggle(id)}
                      >
                        {t(shown ? 'board.hideMissing' : 'board.showMissing')}{' '}
                        <span className="visually-hidden">{structure}</span>
                      </Button>
                    ) : null}
                    {open && (part.state === 'SUBMITTED' || part.state === 'ACCEPTED') ? (
                      <Button id={`return-${id}`} size="sm" outline disabled={busy} onClick={() => onReturn(part)}>
                        {t('board.return')} <span className="visually-hidden">{structure}</span>
                      </Button>
                    ) : null}
                    {open && part.state === 'SUBMITTED' ? (
                      <Button id={`accept-${id}`} size="sm" disabled={busy} onClick={() => onAccept(part)}>
                        {t('board.accept')} <span className="visually-hidden">{structure}</span>
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
              {shown ? (
                <tr id={`missing-${id}`} className="missing-row">
                  <td colSpan={COLUMNS}>
                    <AskedItems
                      items={items}
                      periodId={period.id ?? 0}
                      periodDate={period.referenceDate}
                      label={t('board.missingOf', { structure })}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
