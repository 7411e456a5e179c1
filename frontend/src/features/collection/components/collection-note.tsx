import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Collection, CollectionPart } from '@/types/api';
import { DeadlineText } from '@/features/collection/components/deadline-text';
import { PartStateBadge } from '@/features/collection/components/part-state-badge';
import { isWithStructure } from '@/features/collection/utils/parts';

type Props = {
  collection: Collection;
  part: CollectionPart;
  /** Whether the person reading answers for the part: they are led back to their list. */
  answersForPart: boolean;
  /** Whether the part, handed in, keeps this person from changing the results (editors, not administrators). */
  locksReader: boolean;
};

/** On an objective's page, where its structure's part of the period's collection stands and what that means here. */
export function CollectionNote({ collection, part, answersForPart, locksReader }: Props) {
  const { t } = useTranslation();
  const withStructure = isWithStructure(part.state);
  return (
    <div className="collection-note callout-like p-3 my-3" data-testid="collection-note">
      <p className="mb-1">
        <span className="fw-semibold">{t('collection.noteTitle', { structure: part.structureName })}:</span>{' '}
        <PartStateBadge state={part.state} />
        {withStructure ? (
          <>
            {' · '}
            {t('collection.deadline')} <DeadlineText deadline={collection.deadline} />
          </>
        ) : null}
      </p>
      {part.state === 'RETURNED' && part.returnReason ? (
        <p className="mb-1">
          {t('collection.returnReason')}: {part.returnReason}
        </p>
      ) : null}
      {!withStructure && locksReader ? <p className="mb-1">{t('collection.locked')}</p> : null}
      {answersForPart ? (
        <p className="mb-0">
          <Link to={paths.myTasks(collection.periodId)}>{t('collection.toTasks')}</Link>
        </p>
      ) : null}
    </div>
  );
}
