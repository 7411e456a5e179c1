import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ImportPage } from '@/features/allegato/components/import-page';

/** `/amministrazione/importa`: importing an Allegato A, for administrators. */
export default function ImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.heading'));
  return (
    <RequirePermission action="plan:edit">
      <ImportPage />
    </RequirePermission>
  );
}
