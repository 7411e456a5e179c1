import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { Alert } from '@/components/ui/alert';
import { useCurrentUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { OrganisationSettings } from '@/features/organisations/components/organisation-settings';

/** `/amministrazione/organizzazione`: the administrator's own organisation. */
export default function OrganisationSettingsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(t('organisations.settingsTitle'));
  const code = me.data?.organisation?.code;
  return (
    <RequirePermission action="organisation:settings">
      {code ? <OrganisationSettings code={code} /> : <Alert tone="warning">{t('organisations.noneOfYours')}</Alert>}
    </RequirePermission>
  );
}
