import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { useCurrentUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OrganisationsAdmin } from '@/features/organisations/components/organisations-admin';

/** `/amministrazione/organizzazioni`: the deployment's organisations and the creation of new ones, for the Region. */
export default function OrganisationsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(t('organisations.title'));
  return (
    <RequirePermission action="organisations:manage">
      <OrganisationsAdmin username={me.data?.username ?? ''} />
    </RequirePermission>
  );
}
