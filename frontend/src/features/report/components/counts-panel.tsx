import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Spinner } from '@/components/ui/spinner';
import { Table } from '@/components/ui/table';
import type { Count, CountComponent, ReportIndicator, ReportPeriod } from '@/types/api';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent } from '@/utils/format';
import { useCountedValue } from '@/features/report/api/get-counted-value';
import { useCounts } from '@/features/report/api/get-counts';
import { cumulativeSeries, groupCountsByMonth, TOTAL_UNIT } from '@/features/report/utils/counts';

// Chart.js is loaded only when a page shows a chart.
const CountsChart = lazy(() => import('@/features/report/components/counts-chart'));

type Props = { indicator: ReportIndicator; name: string; year: number; period?: ReportPeriod };

const COMPONENTS: CountComponent[] = ['NUMERATOR', 'DENOMINATOR'];

/** A ratio indicator's counts: the value they add up to month by month, the figures by month and unit, who posted them. */
export function CountsPanel({ indicator, name, year, period }: Props) {
  const { t } = useTranslation();
  const indicatorId = indicator.id ?? 0;
  const counts = useCounts(indicatorId);
  const value = useCountedValue(indicatorId, period?.id);
  const unitNames = useMemo(
    () => new Map((value.data?.units ?? []).map((unit) => [unit.territorialUnit ?? TOTAL_UNIT, unit.name])),
    [value.data],
  );
  const points = useMemo(
    () =>
      cumulativeSeries({
        counts: counts.data ?? [],
        year,
        plannedQuantity: indicator.kind === 'RATIO_PLANNED' ? (indicator.plannedQuantity ?? null) : null,
        target: indicator.targetValue ?? null,
        until: (period?.referenceDate ?? `${year}-12-31`).slice(0, 7),
      }),
    [counts.data, year, indicator, period],
  );

  if (counts.isPending) return <Spinner label={t('counts.loading')} />;
  if (counts.error) return <QueryError error={counts.error} onRetry={() => void counts.refetch()} />;
  if (counts.data.length === 0) return <p>{t('counts.none')}</p>;

  const unitLabel = (unit: string) =>
    unit === TOTAL_UNIT ? t('counts.withoutUnit') : `${unitNames.get(unit) ?? unit} (${unit})`;
  const componentLabel = (component: CountComponent) =>
    component === 'NUMERATOR'
      ? (indicator.numeratorLabel ?? t('counts.component.NUMERATOR'))
      : (indicator.denominatorLabel ?? t('counts.component.DENOMINATOR'));
  const grids = COMPONENTS.map((component) => ({ component, grid: groupCountsByMonth(counts.data, component) })).filter(
    ({ grid }) => grid.rows.length > 0,
  );
  const date = formatDate(period?.referenceDate);

  return (
    <div data-testid={`counts-${indicatorId}`}>
      <Suspense fallback={<Spinner label={t('common.loadingChart')} />}>
        <CountsChart points={points} target={indicator.targetValue ?? null} name={name} />
      </Suspense>
      {grids.map(({ component, grid }) => (
        <Table
          key={component}
          caption={t('counts.tableCaption', { name, component: componentLabel(component) })}
          className="counts-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('counts.month')}</th>
              {grid.units.map((unit) => (
                <th key={unit} scope="col" className="text-end">
                  {unitLabel(unit)}
                </th>
              ))}
              {grid.units.length > 1 ? (
                <th scope="col" className="text-end">
                  {t('counts.monthTotal')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{formatMonth(row.month)}</th>
                {grid.units.map((unit) => (
                  <td key={unit} className="text-end">
                    {row.cells[unit] ? formatNumber(row.cells[unit].value) : '–'}
                  </td>
                ))}
                {grid.units.length > 1 ? <td className="text-end">{formatNumber(row.total)}</td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
      {grids.some(({ grid }) => grid.hasLongSpans) ? <p className="small">{t('counts.longSpans')}</p> : null}
      <details className="value-details mb-3">
        <summary>{t('counts.list')}</summary>
        <CountsList counts={counts.data} name={name} componentLabel={componentLabel} unitLabel={unitLabel} />
      </details>
      {period && value.data?.units && value.data.units.length > 0 ? (
        <>
          <h4 className="h6">{t('counts.byUnit', { date })}</h4>
          <Table caption={t('counts.byUnitCaption', { name, date })} captionHidden className="counts-by-unit">
            <thead>
              <tr>
                <th scope="col">{t('counts.unit')}</th>
                <th scope="col" className="text-end">{componentLabel('NUMERATOR')}</th>
                <th scope="col" className="text-end">{componentLabel('DENOMINATOR')}</th>
                <th scope="col" className="text-end">{t('counts.computedValue')}</th>
              </tr>
            </thead>
            <tbody>
              {value.data.units.map((unit) => (
                <tr key={unit.territorialUnit ?? TOTAL_UNIT}>
                  <th scope="row" className="fw-normal">
                    {unitLabel(unit.territorialUnit ?? TOTAL_UNIT)}
                  </th>
                  <td className="text-end">{formatNumber(unit.numerator)}</td>
                  <td className="text-end">{formatNumber(unit.denominator)}</td>
                  <td className="text-end">{formatPercent(unit.computedValue)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('counts.total')}</th>
                <td className="text-end">{formatNumber(value.data.numerator)}</td>
                <td className="text-end">{formatNumber(value.data.denominator)}</td>
                <td className="text-end">{formatPercent(value.data.computedValue)}</td>
              </tr>
            </tfoot>
          </Table>
        </>
      ) : null}
      {value.error ? <QueryError error={value.error} onRetry={() => void value.refetch()} /> : null}
    </div>
  );
}

type ListProps = {
  counts: Count[];
  name: string;
  componentLabel: (component: CountComponent) => string;
  unitLabel: (unit: string) => string;
};

/** Every figure as posted: its span, unit, value and who last posted it. */
function CountsList({ counts, name, componentLabel, unitLabel }: ListProps) {
  const { t } = useTranslation();
  const author = (updatedBy: string | null | undefined) =>
    updatedBy?.startsWith('token:') ? t('counts.token', { name: updatedBy.slice('token:'.length) }) : (updatedBy ?? '–');
  return (
    <Table caption={t('counts.listCaption', { name })} captionHidden className="counts-list small">
      <thead>
        <tr>
          <th scope="col">{t('counts.componentLabel')}</th>
          <th scope="col">{t('counts.span')}</th>
          <th scope="col">{t('counts.unit')}</th>
          <th scope="col" className="text-end">{t('counts.value')}</th>
          <th scope="col">{t('counts.updatedBy')}</th>
          <th scope="col">{t('counts.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((count) => (
          <tr key={count.id}>
            <td>{count.component ? componentLabel(count.component) : '–'}</td>
            <td>
              {formatDate(count.from)}–{formatDate(count.to)}
            </td>
            <td>{unitLabel(count.territorialUnit ?? TOTAL_UNIT)}</td>
            <td className="text-end">{formatNumber(count.value)}</td>
            <td>{author(count.updatedBy)}</td>
            <td>{formatDateTime(count.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
