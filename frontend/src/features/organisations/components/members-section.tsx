import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { EditSection } from '@/components/edit-section';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useOutcome } from '@/lib/use-outcome';
import type { Member } from '@/types/api';
import { useMembers, useRemoveMember, useSaveMember } from '@/features/organisations/api/members';
import { useReferences, type Reference } from '@/features/organisations/api/references';
import { MemberForm } from '@/features/organisations/components/member-form';
import { EMPTY_MEMBER, memberDraftOf, memberInputOf, type MemberDraft } from '@/features/organisations/utils/member-draft';

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * People of other organisations who act in this one: each with their own organisation, role and structures here,
 * a form that adds one by username, and the ways to change and end a membership. Their accounts stay with their
 * own organisation's administrators.
 */
export function MembersSection({ organisationCode }: { organisationCode: string }) {
  const { t } = useTranslation();
  const members = useMembers(organisationCode);
  const structures = useReferences('structures', organisationCode);
  const save = useSaveMember();
  const remove = useRemoveMember();
  const [editing, setEditing] = useState<Member | null>(null);
  const { message, setMessage, problem, setProblem, run } = useOutcome();

  const failed = [members, structures].find((query) => query.isError);
  const names = new Map((structures.data ?? []).map((s) => [s.code, s.name || s.code]));
  const send = (draft: MemberDraft) =>
    save.mutateAsync({ organisationCode, username: draft.username, input: memberInputOf(draft) });

  return (
    <section aria-labelledby="members-title" className="mb-5">
      <h2 id="members-title" className="h3" tabIndex={-1}>
        {t('members.title')}
      </h2>
      <p>{t('members.intro')}</p>
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      {problem ? (
        <Alert tone="danger" role="alert">
          <span className="fw-semibold">{problem.title}</span>
          {problem.detail ? `: ${problem.detail}` : ''}
        </Alert>
      ) : null}
      {failed?.error ? (
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !members.data || !structures.data ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <>
          {members.data.length === 0 ? (
            <p>{t('members.none')}</p>
          ) : (
            <RecordTable<Member>
              caption={t('members.listCaption')}
              rows={members.data}
              rowKey={(member) => member.username}
              rowTestId={(member) => `member-${member.username}`}
              columns={[
                {
                  header: t('users.username'),
                  rowHeader: true,
                  cell: (member) => (
                    <>
                      {member.username}
                      <div className="small">{member.displayName}</div>
                    </>
                  ),
                },
                { header: t('members.home'), cell: (member) => member.homeOrganisation },
                { header: t('users.role'), cell: (member) => (member.role ? t(`account.roles.${member.role}`) : '–') },
                {
                  header: t('users.structures'),
                  cell: (member) => (member.structures ?? []).map((code) => names.get(code) ?? code).join(', ') || '–',
                },
              ]}
              actions={(member) => (
                <div className="d-flex flex-wrap gap-1">
                  <Button
                    id={`edit-member-${member.username}`}
                    size="sm"
                    outline
                    aria-expanded={editing?.username === member.username}
                    onClick={() => {
                      setMessage('');
                      setProblem(null);
                      setEditing(member);
                    }}
                  >
                    {t('members.edit')} <span className="visually-hidden">{member.username}</span>
                  </Button>
                  <ConfirmButton
                    size="sm"
                    variant="danger"
                    outline
                    request={{
                      title: t('members.confirmRemoveTitle'),
                      message: t('members.confirmRemove', { username: member.username }),
                      confirmLabel: t('members.remove'),
                      tone: 'danger',
                    }}
                    onConfirmed={() => {
                      if (editing?.username === member.username) setEditing(null);
                      run(
                        () => remove.mutateAsync({ organisationCode, username: member.username ?? '' }),
                        () => t('members.removed', { username: member.username }),
                      );
                      focusLater('members-title');
                    }}
                  >
                    {t('members.remove')} <span className="visually-hidden">{member.username}</span>
                  </ConfirmButton>
                </div>
              )}
            />
          )}
          {editing ? (
            <EditMember
              key={editing.username}
              member={editing}
              structures={structures.data}
              onSubmit={async (draft) => {
                await send(draft);
                setEditing(null);
                setMessage(t('members.saved', { username: draft.username }));
                focusLater(`edit-member-${draft.username}`);
              }}
              onCancel={() => {
                setEditing(null);
                focusLater(`edit-member-${editing.username}`);
              }}
            />
          ) : null}
          <h3 id="new-member-title" className="h5 mt-4">
            {t('members.new')}
          </h3>
          <MemberForm
            id="new-member"
            mode="add"
            initial={EMPTY_MEMBER}
            structures={structures.data}
            submitLabel={t('members.add')}
            onSubmit={async (draft) => {
              setMessage('');
              setProblem(null);
              await send(draft);
              setMessage(t('members.added', { username: draft.username }));
            }}
          />
        </>
      )}
    </section>
  );
}

type EditProps = {
  member: Member;
  structures: Reference[];
  onSubmit: (draft: MemberDraft) => Promise<void>;
  onCancel: () => void;
};

function EditMember({ member, structures, onSubmit, onCancel }: EditProps) {
  const { t } = useTranslation();
  return (
    <EditSection
      titleId="edit-member-title"
      title={t('members.editTitle', { username: member.username })}
      level={3}
      onCancel={onCancel}
    >
      <MemberForm
        id="edit-member"
        mode="edit"
        initial={memberDraftOf(member)}
        structures={structures}
        submitLabel={t('common.save')}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </EditSection>
  );
}
