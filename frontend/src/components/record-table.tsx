import type { CSSProperties, Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '@/components/ui/table';

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row for assistive technologies (one per table). */
  rowHeader?: boolean;
  className?: string;
  style?: CSSProperties;
};

type Props<Row> = {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => Key | undefined;
  rowTestId?: (row: Row) => string;
  /** The last cell of each row, under a header only screen readers hear. */
  actions?: (row: Row) => ReactNode;
};

/** A list of records as a table with a hidden caption: one column per field, the row named by one of them, then its actions. */
export function RecordTable<Row>({ caption, rows, columns, rowKey, rowTestId, actions }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column.header}
            </th>
          ))}
          {actions ? (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row" className={`fw-normal ${column.className ?? ''}`.trim()} style={column.style}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={column.className} style={column.style}>
                  {column.cell(row)}
                </td>
              ),
            )}
            {actions ? <td>{actions(row)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
