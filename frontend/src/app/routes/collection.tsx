import { useParams } from 'react-router';
import { RequirePermission } from '@/components/require-permission';
import { CollectionBoard } from '@/features/collection/components/collection-board';
import { ClosePeriodPanel } from '@/features/periods/components/close-period-panel';
import { NotFoundRoute } from '@/app/routes/not-found';

/** `/amministrazione/raccolte/:periodId`: one period's collection, closed from the same page. */
export default function CollectionRoute() {
  const periodId = Number(useParams().periodId);
  if (!Number.isInteger(periodId) || periodId <= 0) return <NotFoundRoute />;
  return (
    <RequirePermission action="collection:manage">
      <CollectionBoard
        key={periodId}
        periodId={periodId}
        renderClose={(period, unaccepted) => (
          <ClosePeriodPanel
            period={period}
            unaccepted={unaccepted.map((part) => part.structureName ?? part.structureCode ?? '')}
          />
        )}
      />
    </RequirePermission>
  );
}
