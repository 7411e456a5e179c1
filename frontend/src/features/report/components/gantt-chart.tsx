import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportPhase } from '@/types/api';
import { formatDate, formatEpochDay, formatEpochMonth } from '@/utils/format';
import { ganttModel } from '@/features/report/utils/gantt';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, PointElement, ScatterController, Tooltip, Legend);
Chart.defaults.font.family = '"Titillium Web", Geneva, Tahoma, sans-serif';
Chart.defaults.color = '#1a1a1a';

const STATUS_COLOURS: Record<string, string> = {
  COMPLETED: '#008758',
  IN_PROGRESS: '#0066cc',
  LATE: '#c02739',
  NOT_STARTED: '#5c6f82',
};

/** Draws the period's date as a vertical line across the plot, with its date on top. */
function markerPlugin(day: number | null, caption: string): Plugin<'bar'> {
  return {
    id: 'periodMarker',
    afterDatasetsDraw(chart) {
      if (day == null) return;
      const { ctx, chartArea, scales } = chart;
      const x = scales.x.getPixelForValue(day);
      ctx.save();
      ctx.strokeStyle = '#1a1a1a';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#1a1a1a';
      ctx.font = '600 12px "Titillium Web", sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(caption, x, chartArea.top - 6);
      ctx.restore();
    },
  };
}

type Props = { phases: ReportPhase[]; periodDate?: string | null; title: string };

/** The timeline as a Gantt chart: planned bars coloured by status, actual ends as diamonds, the period as a line. */
export default function GanttChart({ phases, periodDate, title }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const model = useMemo(() => ganttModel(phases, periodDate), [phases, periodDate]);
  const late = model.rows.filter((row) => row.status === 'LATE').length;
  const completed = model.rows.filter((row) => row.status === 'COMPLETED').length;

  useEffect(() => {
    if (!canvas.current || model.rows.length === 0) return;
    const labels = model.rows.map((row) => (row.status === 'LATE' ? `⚠ ${row.label} (${t('phase.status.LATE')})` : row.label));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            type: 'bar',
            label: t('gantt.planned'),
            data: model.rows.map((row) => row.planned),
            backgroundColor: model.rows.map((row) => STATUS_COLOURS[row.status]),
            borderColor: model.rows.map((row) => (row.status === 'LATE' ? '#7a0f1d' : 'transparent')),
            borderWidth: model.rows.map((row) => (row.status === 'LATE' ? 2 : 0)),
            borderSkipped: false,
            barPercentage: 0.6,
            // Drawn first, so that the actual ends lie on top of the bars.
            order: 1,
            pointStyle: 'rect',
          },
          {
            type: 'scatter',
            label: t('gantt.actualEnd'),
            data: model.rows.flatMap((row, index) =>
              row.actualEnd != null ? [{ x: row.actualEnd, y: index }] : [],
            ) as never,
            backgroundColor: '#1a1a1a',
            borderColor: '#ffffff',
            borderWidth: 1.5,
            pointStyle: 'rectRot',
            order: 0,
            pointRadius: 8,
            pointHoverRadius: 9,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { top: 18 } },
        scales: {
          x: {
            type: 'linear',
            min: model.min,
            max: model.max,
            afterBuildTicks: (axis) => {
              axis.ticks = model.monthStarts.map((value) => ({ value }));
            },
            ticks: { callback: (value) => formatEpochMonth(Number(value)), autoSkip: false, maxRotation: 0 },
            grid: { color: '#e6e9f2' },
          },
          y: { type: 'category', grid: { display: false }, ticks: { color: '#1a1a1a' } },
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: { color: '#1a1a1a', usePointStyle: true, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) },
          },
          tooltip: {
            callbacks: {
              label: (item) => {
                if (item.dataset.type === 'scatter') {
                  return `${t('gantt.actualEnd')}: ${formatEpochDay((item.raw as { x: number }).x)}`;
                }
                const [start, end] = item.raw as [number, number];
                return `${t('gantt.planned')}: ${formatEpochDay(start)} – ${formatEpochDay(end - 1)}`;
              },
            },
          },
        },
      },
      plugins: [markerPlugin(model.marker, periodDate ? formatDate(periodDate) : '')],
    });
    return () => chart.destroy();
  }, [model, periodDate, t]);

  if (model.rows.length === 0) return null;
  return (
    <figure className="gantt-chart mb-3">
      <div style={{ position: 'relative', height: `${model.rows.length * 44 + 90}px` }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={t('gantt.summary', {
            title,
            count: model.rows.length,
            completed,
            late,
            date: formatDate(periodDate),
          })}
        />
      </div>
      <figcaption className="small">{t('gantt.caption', { date: formatDate(periodDate) })}</figcaption>
    </figure>
  );
}
