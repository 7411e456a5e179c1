import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPhase } from '@/types/api';
import { formatDate, formatEpochDay, formatEpochMonth } from '@/utils/format';
import { ganttModel, markerCaptionSide, positionOf, type GanttModel, type GanttRow } from '@/features/report/utils/gantt';

const captionSideClass = { start: ' gantt-marker-caption-start', centre: '', end: ' gantt-marker-caption-end' } as const;

const STATUSES = ['COMPLETED', 'IN_PROGRESS', 'LATE', 'NOT_STARTED'] as const;

function statusClass(status: string) {
  return `gantt-status-${status.toLowerCase()}`;
}

function Bar({ model, row }: { model: GanttModel; row: GanttRow }) {
  const { t } = useTranslation();
  const left = positionOf(model, row.planned[0]);
  const width = positionOf(model, row.planned[1]) - left;
  return (
    <span
      className={`gantt-bar ${statusClass(row.status)}`}
      data-testid="gantt-bar"
      style={{ left: `${left}%`, width: `${width}%` }}
      title={`${t('gantt.planned')}: ${formatEpochDay(row.planned[0])} – ${formatEpochDay(row.planned[1] - 1)}`}
    />
  );
}

/** What a screen reader hears for one row: the whole description, the planned span, the status and the actual end. */
function rowText(t: ReturnType<typeof useTranslation>['t'], row: GanttRow) {
  const planned = t('gantt.rowPlanned', {
    start: formatEpochDay(row.planned[0]),
    end: formatEpochDay(row.planned[1] - 1),
    status: t(`phase.status.${row.status}`),
  });
  const actual = row.actualEnd != null ? ` ${t('gantt.rowActualEnd', { date: formatEpochDay(row.actualEnd) })}` : '';
  return `${planned}${actual}`;
}

type Props = { phases: ReportPhase[]; periodDate?: string | null; title: string };

/**
 * The timeline as a Gantt chart drawn in HTML, so that it reflows to any width and every row carries its own text:
 * planned bars coloured by status, each phase's actual end as a diamond on that phase's row, the period as a line.
 */
export function GanttChart({ phases, periodDate, title }: Props) {
  const { t } = useTranslation();
  const model = useMemo(() => ganttModel(phases, periodDate), [phases, periodDate]);
  if (model.rows.length === 0) return null;
  const late = model.rows.filter((row) => row.status === 'LATE').length;
  const completed = model.rows.filter((row) => row.status === 'COMPLETED').length;
  const shown = STATUSES.filter((status) => model.rows.some((row) => row.status === status));
  const marker = model.marker != null ? positionOf(model, model.marker) : null;
  const markerStyle = marker != null ? ({ '--gantt-marker': `${marker}%` } as CSSProperties) : undefined;
  // Month labels: every month where there is room, one a quarter on narrow screens (see .gantt-tick-minor).
  const ticks = model.monthStarts.filter((day) => day < model.max);

  return (
    <figure className="gantt-chart mb-3" data-testid="gantt-chart">
      <div className="gantt-axis" aria-hidden="true">
        <span className="gantt-label-column" />
        <span className="gantt-track gantt-ticks" style={markerStyle}>
          {ticks.map((day, index) => (
            <span
              key={day}
              className={`gantt-tick${index % 3 === 0 ? '' : ' gantt-tick-minor'}`}
              style={{ left: `${positionOf(model, day)}%` }}
            >
              {formatEpochMonth(day)}
            </span>
          ))}
          {marker != null ? (
            <span className={`gantt-marker-caption${captionSideClass[markerCaptionSide(marker)]}`} style={{ left: `${marker}%` }}>
              {formatDate(periodDate)}
            </span>
          ) : null}
        </span>
      </div>
      <ol
        className="gantt-rows"
        aria-label={t('gantt.summary', { title, count: model.rows.length, completed, late, date: formatDate(periodDate) })}
      >
        {model.rows.map((row) => (
          <li
            key={row.number}
            className={`gantt-row${row.status === 'LATE' ? ' gantt-row-late' : ''}`}
            data-testid={`gantt-row-${row.number}`}
            data-status={row.status}
          >
            <span className="gantt-label" title={row.description}>
              <span aria-hidden="true">
                <span className="fw-semibold">{row.number}</span> · {row.shortLabel}
                {row.status === 'LATE' ? <span className="gantt-late-note"> ({t('phase.status.LATE')})</span> : null}
              </span>
              <span className="visually-hidden">
                {t('phase.name', { number: row.number })}: {row.description}. {rowText(t, row)}
              </span>
            </span>
            <span className="gantt-track" style={markerStyle} aria-hidden="true">
              <Bar model={model} row={row} />
              {row.actualEnd != null ? (
                <span
                  className="gantt-actual-end"
                  data-testid="gantt-actual-end"
                  style={{ left: `${positionOf(model, row.actualEnd)}%` }}
                  title={`${t('gantt.actualEnd')}: ${formatEpochDay(row.actualEnd)}`}
                />
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <ul className="gantt-legend list-unstyled" aria-label={t('gantt.legend')}>
        {shown.map((status) => (
          <li key={status} data-testid={`gantt-legend-${status}`}>
            <span className={`gantt-swatch ${statusClass(status)}`} aria-hidden="true" />
            {t(`gantt.statusLegend.${status}`)}
          </li>
        ))}
        {model.rows.some((row) => row.actualEnd != null) ? (
          <li>
            <span className="gantt-swatch gantt-swatch-actual-end" aria-hidden="true" />
            {t('gantt.actualEnd')}
          </li>
        ) : null}
        {marker != null ? (
          <li>
            <span className="gantt-swatch gantt-swatch-marker" aria-hidden="true" />
            {t('gantt.marker', { date: formatDate(periodDate) })}
          </li>
        ) : null}
      </ul>
      <figcaption className="small">{t('gantt.caption', { date: formatDate(periodDate) })}</figcaption>
    </figure>
  );
}

