import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { RecordTable, type Column } from '@/components/record-table';
import { Button } from '@/components/ui/button';
import { focusSoon } from '@/features/plan-admin/utils/focus';

type Props<Row> = {
  /** Names the edit buttons `edit-<entity>-button-<id>`, where the focus returns when the edit form closes. */
  entity: string;
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowId: (row: Row) => number;
  rowTestId?: (row: Row) => string;
  /** How screen readers hear the row after "Modifica" and "Elimina", e.g. "ambito 1". */
  rowName: (row: Row) => string;
  /** Actions between edit and delete. */
  moreActions?: (row: Row) => ReactNode;
  deleteMessage: (row: Row) => string;
  /** Called once the deletion is confirmed. */
  onDelete: (row: Row) => void;
  /** The edit form of a row; `onDone` closes it, focuses its edit button and, when saved, announces it. */
  editForm: (row: Row, onDone: (saved: boolean) => void) => ReactNode;
  /** Sets the text of the list's status region (`status`), which the list clears when an edit starts. */
  announce: (message: string) => void;
  status: ReactNode;
  newItemForm: ReactNode;
};

/**
 * A plan's list as administrators edit it: the table with an edit and a delete button on each row (deleting asks
 * first), the edit form of the row chosen, then the form that adds one more.
 */
export function EditableList<Row>({
  entity,
  caption,
  rows,
  columns,
  rowId,
  rowTestId,
  rowName,
  moreActions,
  deleteMessage,
  onDelete,
  editForm,
  announce,
  status,
  newItemForm,
}: Props<Row>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number>();
  const edited = rows.find((row) => rowId(row) === editing);
  const editButton = (id: number) => `edit-${entity}-button-${id}`;

  return (
    <>
      <RecordTable
        caption={caption}
        rows={rows}
        columns={columns}
        rowKey={rowId}
        rowTestId={rowTestId}
        actions={(row) => (
          <div className="d-flex flex-wrap gap-1">
            <Button
              size="sm"
              outline
              id={editButton(rowId(row))}
              aria-pressed={editing === rowId(row)}
              onClick={() => {
                announce('');
                setEditing(rowId(row));
              }}
            >
              {t('common.edit')} <span className="visually-hidden">{rowName(row)}</span>
            </Button>
            {moreActions?.(row)}
            <ConfirmButton
              size="sm"
              variant="danger"
              outline
              request={{
                title: t('confirm.deleteTitle'),
                message: deleteMessage(row),
                confirmLabel: t('common.delete'),
                tone: 'danger',
              }}
              onConfirmed={() => onDelete(row)}
            >
              {t('common.delete')} <span className="visually-hidden">{rowName(row)}</span>
            </ConfirmButton>
          </div>
        )}
      />
      {status}
      {edited ? (
        <Fragment key={rowId(edited)}>
          {editForm(edited, (saved) => {
            setEditing(undefined);
            focusSoon(editButton(rowId(edited)));
            if (saved) announce(t('admin.saved'));
          })}
        </Fragment>
      ) : null}
      {newItemForm}
    </>
  );
}
