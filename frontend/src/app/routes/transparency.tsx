import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PublicationPage } from '@/features/publication/components/publication-page';

/** `/trasparenza/performance`: Amministrazione trasparente › Performance, readable without signing in. */
export default function TransparencyRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('transparency.title'));
  return <PublicationPage />;
}
