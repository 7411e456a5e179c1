import { useTranslation } from 'react-i18next';
import type { Organisation } from '@/types/api';

/** Whether an organisation's published data is read without signing in, and whether that is its own setting. */
export function PublicReading({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <>
      {organisation.publicRead ? t('organisations.publicYes') : t('organisations.publicNo')}
      {organisation.publicReadSetting == null ? (
        <span className="d-block small">{t('organisations.byDefault')}</span>
      ) : null}
    </>
  );
}
