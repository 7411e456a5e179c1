import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/utils/format';
import type { FieldDiff } from '@/utils/diff';

type Props<F extends string> = {
  what: string;
  rows: FieldDiff<F>[];
  labels: Record<F, string>;
  display?: (field: F, value: string) => string;
  updatedAt?: string;
  by?: string;
  saving: boolean;
  onReapply: () => void;
  onTakeTheirs: () => void;
};

/** Shown when someone saved first: what they changed, what this user typed, and the two ways forward. */
export function StaleChanges<F extends string>({
  what,
  rows,
  labels,
  display = (_field, value) => value,
  updatedAt,
  by,
  saving,
  onReapply,
  onTakeTheirs,
}: Props<F>) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shown = (field: F, value: string) => (value === '' ? t('stale.empty') : display(field, value));
  return (
    <div className="stale-changes alert alert-warning" role="region" aria-labelledby="stale-title" data-testid="stale-changes">
      <h4 id="stale-title" ref={heading} tabIndex={-1} className="h5">
        {t('stale.title', { what })}
      </h4>
      <p>
        {t('stale.explanation', { when: formatDateTime(updatedAt) })}
        {by ? (
          <>
            {' '}
            <span data-testid="stale-by">{t('stale.by', { by })}</span>
          </>
        ) : null}{' '}
        {t('stale.kept')}
      </p>
      {rows.length > 0 ? (
        <Table caption={t('stale.caption')} className="bg-white">
          <thead>
            <tr>
              <th scope="col">{t('stale.field')}</th>
              <th scope="col">{t('stale.theirs')}</th>
              <th scope="col">{t('stale.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} data-testid={`stale-row-${row.field}`}>
                <th scope="row">
                  {labels[row.field]}
                  {row.changedByThem ? <div className="small fw-normal">{t('stale.changedByThem')}</div> : null}
                </th>
                <td data-testid={`stale-theirs-${row.field}`}>{shown(row.field, row.theirs)}</td>
                <td data-testid={`stale-mine-${row.field}`}>{shown(row.field, row.mine)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>{t('stale.noDifference')}</p>
      )}
      <div className="d-flex flex-wrap gap-2">
        <Button variant="primary" onClick={onReapply} disabled={saving}>
          {t('stale.reapply')}
        </Button>
        <Button variant="secondary" outline onClick={onTakeTheirs} disabled={saving}>
          {t('stale.takeTheirs')}
        </Button>
      </div>
    </div>
  );
}
