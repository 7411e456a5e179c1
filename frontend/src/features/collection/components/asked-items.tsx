import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { CollectionItem } from '@/types/api';
import { itemName, itemReasons } from '@/features/collection/utils/parts';

type Props = {
  items: readonly CollectionItem[];
  periodId: number;
  /** The period's reference date, which phases due are measured against. */
  periodDate: string | undefined;
  /** Names the list for screen readers ("Cosa manca a Direzione"). */
  label: string;
};

/** What a structure is still asked for, each item linking to the objective page where it is filled in. */
export function AskedItems({ items, periodId, periodDate, label }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="asked-items" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} data-testid={`asked-${item.kind?.toLowerCase()}-${item.id}`}>
          <Link to={paths.objective(item.objectiveId ?? 0, periodId)} className="fw-semibold">
            {itemName(t, item)}
          </Link>
          <span className="asked-description">{item.description}</span>
          <span className="asked-reasons">{itemReasons(t, item, periodDate).join('; ')}</span>
        </li>
      ))}
    </ul>
  );
}
