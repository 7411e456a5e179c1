import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@/utils/format';
import { deadlineStatus } from '@/features/collection/utils/deadline';

/** "18/12/2026 · mancano 3 giorni", or how long ago it passed, said in words and not by colour alone. */
export function DeadlineText({ deadline, today = todayIso() }: { deadline: string | undefined; today?: string }) {
  const { t } = useTranslation();
  if (!deadline) return <>–</>;
  const status = deadlineStatus(deadline, today);
  const words =
    status.kind === 'ahead'
      ? t('collection.deadlineAhead', { count: status.days })
      : status.kind === 'today'
        ? t('collection.deadlineToday')
        : t('collection.deadlineOverdue', { count: status.days });
  return (
    <span className={status.kind === 'overdue' ? 'deadline deadline-overdue' : 'deadline'}>
      {formatDate(deadline)} · <span className="fw-semibold">{words}</span>
    </span>
  );
}
