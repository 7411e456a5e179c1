import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatPercent } from '@/utils/format';
import type { MonthPoint } from '@/features/report/utils/counts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

type Props = { points: MonthPoint[]; target: number | null; name: string };

/** The value reached month by month against the yearly target and, against a planned quantity, the pro-rata line. */
export default function CountsChart({ points, target, name }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const hasExpected = points.some((point) => point.expected != null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: points.map((point) => formatMonth(point.month, 'short')),
        datasets: [
          {
            label: t('counts.cumulative'),
            data: points.map((point) => point.value),
            borderColor: '#0066cc',
            backgroundColor: '#0066cc',
            borderWidth: 3,
            pointRadius: 4,
          },
          ...(target != null
            ? [{ label: t('counts.target'), data: points.map(() => target), borderColor: '#5c6f82', backgroundColor: '#5c6f82', borderDash: [8, 4], pointRadius: 0 }]
            : []),
          ...(hasExpected
            ? [{ label: t('counts.expected'), data: points.map((point) => point.expected), borderColor: '#8a5a00', backgroundColor: '#8a5a00', borderDash: [2, 3], pointRadius: 0 }]
            : []),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatPercent(Number(value)).replace(',00', '') } } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatPercent(item.raw as number | null)}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [points, target, hasExpected, t]);

  const last = points.at(-1);
  const month = last ? formatMonth(last.month) : '';
  const summary = [
    last ? `${t('counts.cumulativeAt', { month })}: ${formatPercent(last.value)}` : null,
    hasExpected && last ? `${t('counts.expectedAt', { month })}: ${formatPercent(last.expected)}` : null,
    target != null ? `${t('counts.target')}: ${formatPercent(target)}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div className="counts-chart mb-3" style={{ position: 'relative', height: '18rem' }}>
      <canvas ref={canvas} role="img" aria-label={t('counts.chartLabel', { name, summary })} />
    </div>
  );
}
