import { useTranslation } from 'react-i18next';

type Props = { step: number | null | undefined; className?: string };

/**
 * The valutazione sintetica as a coloured badge. The step number and its words are always printed, so that
 * the colour is never the only way to tell the steps apart.
 */
export function AssessmentBadge({ step, className }: Props) {
  const { t } = useTranslation();
  const known = step != null && step >= 1 && step <= 5;
  return (
    <span className={`badge assessment-badge assessment-${known ? step : 'none'} ${className ?? ''}`}>
      {known ? `${step} · ${t(`assessment.step.${step}`)}` : t('assessment.none')}
    </span>
  );
}
