import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequirePermission } from '@/components/require-permission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { MyTasks } from '@/features/collection/components/my-tasks';

function toId(value: string | null): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** `/attivita[?periodo=]`: what the monitoring cycle asks of the signed-in editor's structures. */
export default function MyTasksRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  useDocumentTitle(t('tasks.title'));
  return (
    <RequirePermission action="tasks:read">
      <MyTasks periodId={toId(search.get('periodo'))} />
    </RequirePermission>
  );
}
