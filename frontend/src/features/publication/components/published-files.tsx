import { useTranslation } from 'react-i18next';
import { Table } from '@/components/ui/table';
import type { PublishedFile } from '@/types/api';
import { formatPublicationDate } from '@/features/publication/utils/publication-date';

/** The files of one group (Allegato A, Relazione, open data, catalogue) as a table: what, format, dates, link. */
export function PublishedFiles({ caption, files }: { caption: string; files: PublishedFile[] }) {
  const { t } = useTranslation();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('transparency.file')}</th>
          <th scope="col">{t('transparency.format')}</th>
          <th scope="col">{t('transparency.published')}</th>
          <th scope="col">{t('transparency.modified')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.url}>
            <th scope="row" className="fw-normal">
              <a href={file.url} download>
                {file.title}
                <span className="visually-hidden">, {t('transparency.formatName', { format: file.format })}</span>
              </a>
            </th>
            <td>
              <abbr title={file.mediaType}>{file.format}</abbr>
            </td>
            <td>{formatPublicationDate(file.published)}</td>
            <td>{formatPublicationDate(file.modified)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
