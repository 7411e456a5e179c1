import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/require-permission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TokensAdmin } from '@/features/tokens/components/tokens-admin';

/** `/amministrazione/token`: API tokens, for administrators. */
export default function TokensRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tokens.title'));
  return (
    <RequirePermission action="tokens:manage">
      <TokensAdmin />
    </RequirePermission>
  );
}
