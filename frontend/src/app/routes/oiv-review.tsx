import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequirePermission } from '@/components/require-permission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OivReviewPage } from '@/features/oiv/components/oiv-review-page';

/** `/oiv` and `/oiv/:periodId`: the OIV's review of a period, read by administrators too. */
export default function OivReviewRoute() {
  const { t } = useTranslation();
  const { periodId } = useParams();
  useDocumentTitle(t('oiv.title'));
  const id = periodId != null && /^\d+$/.test(periodId) ? Number(periodId) : undefined;
  return (
    <RequirePermission action="oiv:read">
      <OivReviewPage periodId={id} />
    </RequirePermission>
  );
}
