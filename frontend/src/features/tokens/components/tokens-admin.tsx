import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { Table } from '@/components/ui/table';
import { isApiError } from '@/lib/api-client';
import type { ApiToken, Problem } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useRatioIndicators } from '@/features/tokens/api/get-ratio-indicators';
import { useTokens } from '@/features/tokens/api/get-tokens';
import { useCreateToken, useRevokeToken } from '@/features/tokens/api/save-token';
import { CreatedToken } from '@/features/tokens/components/created-token';
import { TokenForm } from '@/features/tokens/components/token-form';
import { lastValidDay, tokenInputOf, tokenState } from '@/features/tokens/utils/token-draft';

/** API tokens for administrators: who has one, what it may do, until when, and the way to stop it. */
export function TokensAdmin() {
  const { t } = useTranslation();
  const [confirmDialog, confirm] = useConfirm();
  const tokens = useTokens();
  const indicators = useRatioIndicators();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<ApiToken | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  const failed = [tokens, indicators].find((query) => query.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!tokens.data || !indicators.data) return <Spinner label={t('common.loading')} />;
  const now = new Date();

  function stateOf(token: ApiToken) {
    const state = tokenState(token, now);
    return state === 'revoked' ? t('tokens.revoked', { date: formatDate(token.revokedAt) }) : t(`tokens.${state}`);
  }

  return (
    <>
      {confirmDialog}
      <h1>{t('tokens.title')}</h1>
      <p className="lead">{t('tokens.intro')}</p>
      {created?.token ? (
        <CreatedToken
          name={created.name ?? ''}
          token={created.token}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => document.getElementById('new-token-name')?.focus());
          }}
        />
      ) : null}
      <div role="status" className={message ? 'alert alert-success' : undefined}>
        {message}
      </div>
      {problem ? (
        <Alert tone="danger" role="alert">
          <span className="fw-semibold">{problem.title}</span>
          {problem.detail ? `: ${problem.detail}` : ''}
        </Alert>
      ) : null}
      {tokens.data.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <Table caption={t('tokens.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.prefix')}</th>
              <th scope="col">{t('tokens.scopes')}</th>
              <th scope="col">{t('tokens.expires')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id} data-testid={`token-${token.id}`}>
                <th scope="row" className="fw-normal">
                  {token.name}
                  {token.createdBy ? (
                    <div className="small text-muted">
                      {t('tokens.createdBy')}: {token.createdBy}, {formatDateTime(token.createdAt)}
                    </div>
                  ) : null}
                </th>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>
                  {(token.scopes ?? []).join(', ')}
                  {(token.indicatorIds ?? []).length > 0 ? (
                    <div className="small text-muted">
                      {t('tokens.indicatorCount', { count: token.indicatorIds?.length ?? 0 })}
                    </div>
                  ) : null}
                </td>
                <td className="text-nowrap">{formatDate(lastValidDay(token.expiresAt))}</td>
                <td className="text-nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.never')}</td>
                <td>{stateOf(token)}</td>
                <td>
                  {token.revokedAt ? null : (
                    <Button
                      size="sm"
                      variant="danger"
                      outline
                      onClick={async () => {
                        const confirmed = await confirm({
                          title: t('confirm.revokeTokenTitle'),
                          message: t('tokens.confirmRevoke', { name: token.name }),
                          confirmLabel: t('confirm.revokeToken'),
                          tone: 'danger',
                        });
                        if (!confirmed) return;
                        setMessage('');
                        setProblem(null);
                        revoke
                          .mutateAsync(token.id ?? 0)
                          .then(() => setMessage(t('tokens.revokedDone', { name: token.name })))
                          .catch((error: unknown) => setProblem(isApiError(error) ? error.problem : { title: String(error) }));
                      }}
                    >
                      {t('tokens.revoke')} <span className="visually-hidden">{token.name}</span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="new-token-title" className="mt-5">
        <h2 id="new-token-title" className="h3">
          {t('tokens.new')}
        </h2>
        <TokenForm
          indicators={indicators.data}
          onSubmit={async (draft) => {
            setMessage('');
            setProblem(null);
            setCreated(await create.mutateAsync(tokenInputOf(draft)));
          }}
        />
      </section>
    </>
  );
}
