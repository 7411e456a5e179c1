import { Progress } from 'design-react-kit';

type Props = {
  /** In percent; shown as is, the bar itself is capped to its track. */
  value: number;
  /** The accessible name: a progress bar without one is announced as a bare number. */
  label: string;
  /** The value as text for screen readers, e.g. "188,94%". */
  valueText: string;
  tone?: 'primary' | 'success' | 'warning' | 'danger';
};

export function ProgressBar({ value, label, valueText, tone = 'primary' }: Props) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <Progress
      value={width}
      color={tone}
      aria-label={label}
      aria-valuetext={valueText}
      className="app-progress"
      wrapperClassName="app-progress-track"
    />
  );
}
