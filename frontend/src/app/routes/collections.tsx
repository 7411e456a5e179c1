import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CollectionsList } from '@/features/collection/components/collections-list';

/** `/amministrazione/raccolte`: the periods and their collections, for administrators. */
export default function CollectionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('collections.title'));
  return (
    <RequirePermission action="collection:manage">
      <CollectionsList />
    </RequirePermission>
  );
}
