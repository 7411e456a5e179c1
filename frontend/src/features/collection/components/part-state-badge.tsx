import { useTranslation } from 'react-i18next';
import type { CollectionPartState } from '@/types/api';

/** A part's state in words, coloured too: the words alone tell the states apart. */
export function PartStateBadge({ state, className }: { state: CollectionPartState | undefined; className?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <span className={`badge part-state part-state-${state.toLowerCase()} ${className ?? ''}`} data-state={state}>
      {t(`collection.state.${state}`)}
    </span>
  );
}
