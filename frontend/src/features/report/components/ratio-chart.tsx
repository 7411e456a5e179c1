import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportIndicator, ReportPeriod } from '@/types/api';
import { formatDate, formatNumber, formatPercent } from '@/utils/format';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Props = { indicator: ReportIndicator; period?: ReportPeriod; name: string };

/**
 * A ratio indicator's value at the period against its target and, for a planned quantity, the pro-rata share
 * expected by the period's date. Counts over time are not served by the API yet, so the chart shows the
 * period's figures only.
 */
export default function RatioChart({ indicator, period, name }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const date = formatDate(period?.referenceDate);
  const bars = [
    { label: t('ratioChart.value', { date }), value: indicator.valueUsed, colour: '#0066cc' },
    ...(indicator.expectedValue != null
      ? [{ label: t('ratioChart.expected', { date }), value: indicator.expectedValue, colour: '#8a5a00' }]
      : []),
    { label: t('ratioChart.target'), value: indicator.targetValue, colour: '#5c6f82' },
  ].filter((bar): bar is { label: string; value: number; colour: string } => bar.value != null);

  useEffect(() => {
    if (!canvas.current || bars.length === 0) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        datasets: [{ data: bars.map((bar) => bar.value), backgroundColor: bars.map((bar) => bar.colour), barPercentage: 0.7 }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { beginAtZero: true, ticks: { callback: (value) => formatPercent(Number(value)).replace(',00', '') } },
          y: { ticks: { color: '#1a1a1a' } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => formatPercent(item.raw as number) } },
        },
      },
    });
    return () => chart.destroy();
    // The bars derive from the indicator and the period only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [indicator, period, t]);

  const summary = bars.map((bar) => `${bar.label}: ${formatPercent(bar.value)}`).join('; ');
  return (
    <figure className="ratio-chart mb-4">
      <div style={{ position: 'relative', height: `${bars.length * 48 + 50}px` }}>
        <canvas ref={canvas} role="img" aria-label={`${name}. ${summary}`} />
      </div>
      <figcaption className="small">
        {indicator.numerator != null && indicator.denominator != null
          ? t('ratioChart.caption', {
              numerator: formatNumber(indicator.numerator),
              numeratorLabel: indicator.numeratorLabel ?? t('ratioChart.numerator'),
              denominator: formatNumber(indicator.denominator),
              denominatorLabel: indicator.denominatorLabel ?? t('ratioChart.denominator'),
            })
          : null}{' '}
        {t('ratioChart.noHistory')}
      </figcaption>
    </figure>
  );
}
