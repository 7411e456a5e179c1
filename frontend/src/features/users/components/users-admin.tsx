import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { EditSection } from '@/components/edit-section';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import { useOutcome } from '@/lib/use-outcome';
import type { ResponsibleStructure, User } from '@/types/api';
import { useStructures } from '@/features/users/api/get-structures';
import { useUsers } from '@/features/users/api/get-users';
import { useCreateUser, useDeleteUser, useUpdateUser } from '@/features/users/api/save-user';
import { UserForm } from '@/features/users/components/user-form';
import { EMPTY_USER, userDraftOf, userInputOf } from '@/features/users/utils/user-draft';

/** Accounts for administrators: who may sign in, with which role and structures. */
export function UsersAdmin({ currentUsername, organisationCode }: { currentUsername?: string; organisationCode?: string }) {
  const { t } = useTranslation();
  const users = useUsers();
  const structures = useStructures(organisationCode);
  const create = useCreateUser();
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const [editing, setEditing] = useState<User | null>(null);
  const { message, setMessage, problem, setProblem, run } = useOutcome();

  const failed = [users, structures].find((query) => query.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!users.data || !structures.data) return <Spinner label={t('common.loading')} />;
  const names = new Map(structures.data.map((s) => [s.code, s.shortName || s.name || s.code]));

  function focusLater(id: string) {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.intro')}</p>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      {problem ? (
        <Alert tone="danger" role="alert">
          <span className="fw-semibold">{problem.title}</span>
          {problem.detail ? `: ${problem.detail}` : ''}
        </Alert>
      ) : null}
      <RecordTable
        caption={t('users.caption')}
        rows={users.data}
        rowKey={(user) => user.id}
        rowTestId={(user) => `user-${user.username}`}
        columns={[
          {
            header: t('users.username'),
            rowHeader: true,
            cell: (user) => (
              <>
                {user.username} {user.username === currentUsername ? <span className="small">{t('users.you')}</span> : null}
              </>
            ),
          },
          { header: t('users.displayName'), cell: (user) => user.displayName },
          {
            header: t('users.email'),
            cell: (user) =>
              user.email ? (
                <>
                  {user.email}
                  {user.remindersEnabled === false ? <span className="d-block small">{t('users.remindersOff')}</span> : null}
                </>
              ) : (
                '–'
              ),
          },
          { header: t('users.role'), cell: (user) => (user.role ? t(`account.roles.${user.role}`) : '–') },
          { header: t('users.structures'), cell: (user) => (user.structures ?? []).map((code) => names.get(code) ?? code).join(', ') || '–' },
          { header: t('users.status'), cell: (user) => (user.active === false ? t('users.suspended') : t('users.active')) },
        ]}
        actions={(user) => (
          <div className="d-flex flex-wrap gap-1">
            <Button
              id={`edit-user-${user.id}`}
              size="sm"
              outline
              aria-expanded={editing?.id === user.id}
              onClick={() => {
                setMessage('');
                setProblem(null);
                setEditing(user);
              }}
            >
              {t('users.edit')} <span className="visually-hidden">{user.username}</span>
            </Button>
            {user.username !== currentUsername ? (
              <ConfirmButton
                size="sm"
                variant="danger"
                outline
                request={{
                  title: t('confirm.deleteUserTitle'),
                  message: t('users.confirmDelete', { username: user.username }),
                  confirmLabel: t('common.delete'),
                  tone: 'danger',
                }}
                onConfirmed={() => {
                  if (editing?.id === user.id) setEditing(null);
                  run(
                    () => remove.mutateAsync({ userId: user.id ?? 0, version: user.version }),
                    () => t('users.deleted', { username: user.username }),
                  );
                }}
              >
                {t('users.delete')} <span className="visually-hidden">{user.username}</span>
              </ConfirmButton>
            ) : null}
          </div>
        )}
      />

      {editing ? (
        <EditUser
          key={editing.id}
          user={editing}
          structures={structures.data}
          onSubmit={async (draft) => {
            try {
              await update.mutateAsync({ userId: editing.id ?? 0, version: editing.version, input: userInputOf(draft) });
            } catch (error) {
              if (isApiError(error) && error.isStale) {
                setEditing(null);
                setProblem({ title: t('users.stale') });
                return;
              }
              throw error;
            }
            setEditing(null);
            setMessage(t('users.saved', { username: editing.username }));
            focusLater(`edit-user-${editing.id}`);
          }}
          onCancel={() => {
            setEditing(null);
            focusLater(`edit-user-${editing.id}`);
          }}
        />
      ) : null}

      <section aria-labelledby="new-user-title" className="mt-5">
        <h2 id="new-user-title" className="h3">
          {t('users.new')}
        </h2>
        <UserForm
          id="new-user"
          mode="create"
          initial={EMPTY_USER}
          structures={structures.data}
          submitLabel={t('users.create')}
          onSubmit={async (draft) => {
            setMessage('');
            await create.mutateAsync(userInputOf(draft));
            setMessage(t('users.created', { username: draft.username.trim() }));
          }}
        />
      </section>
    </>
  );
}

type EditProps = {
  user: User;
  structures: ResponsibleStructure[];
  onSubmit: (draft: ReturnType<typeof userDraftOf>) => Promise<void>;
  onCancel: () => void;
};

function EditUser({ user, structures, onSubmit, onCancel }: EditProps) {
  const { t } = useTranslation();
  return (
    <EditSection
      titleId="edit-user-title"
      title={t('users.editTitle', { username: user.username })}
      level={2}
      onCancel={onCancel}
    >
      <UserForm
        id="edit-user"
        mode="edit"
        initial={userDraftOf(user)}
        structures={structures}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </EditSection>
  );
}
