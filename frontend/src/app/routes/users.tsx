import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { useCurrentUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { UsersAdmin } from '@/features/users/components/users-admin';

/** `/amministrazione/utenti`: accounts, for administrators. */
export default function UsersRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(t('users.title'));
  return (
    <RequirePermission action="users:manage">
      <UsersAdmin currentUsername={me.data?.username} organisationCode={me.data?.organisation?.code} />
    </RequirePermission>
  );
}
