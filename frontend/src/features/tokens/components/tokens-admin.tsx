import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { QueryError } from '@/components/query-error';
import { RecordTable } from '@/components/record-table';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useCurrentUser } from '@/lib/auth';
import { useOutcome } from '@/lib/use-outcome';
import type { ApiToken } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useRatioIndicators } from '@/features/tokens/api/get-ratio-indicators';
import { useTokens } from '@/features/tokens/api/get-tokens';
import { useCreateToken, useRevokeToken } from '@/features/tokens/api/save-token';
import { CreatedToken } from '@/features/tokens/components/created-token';
import { TokenForm } from '@/features/tokens/components/token-form';
import { lastValidDay, tokenInputOf, tokenState } from '@/features/tokens/utils/token-draft';

/**
 * API tokens for administrators and people of the Region: who has one, what it may do, until when, and the way to
 * stop it. People of the Region create values:read tokens only (no indicators to choose), which may read every
 * organisation.
 */
export function TokensAdmin() {
  const { t } = useTranslation();
  const me = useCurrentUser().data;
  const regional = me?.role === 'REGIONAL';
  const tokens = useTokens();
  // Read once it is known who asks: people of the Region never choose indicators.
  const indicators = useRatioIndicators(me != null && !regional);
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<ApiToken | null>(null);
  const { message, setMessage, problem, setProblem, run } = useOutcome();

  const failed = [tokens, indicators].find((query) => query.isError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!me || !tokens.data || (!regional && !indicators.data)) return <Spinner label={t('common.loading')} />;
  const now = new Date();

  function stateOf(token: ApiToken) {
    const state = tokenState(token, now);
    return state === 'revoked' ? t('tokens.revoked', { date: formatDate(token.revokedAt) }) : t(`tokens.${state}`);
  }

  return (
    <>
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
        <RecordTable
          caption={t('tokens.caption')}
          rows={tokens.data}
          rowKey={(token) => token.id}
          rowTestId={(token) => `token-${token.id}`}
          columns={[
            {
              header: t('tokens.name'),
              rowHeader: true,
              cell: (token) => (
                <>
                  {token.name}
                  {token.createdBy ? (
                    <div className="small text-muted">
                      {t('tokens.createdBy')}: {token.createdBy}, {formatDateTime(token.createdAt)}
                    </div>
                  ) : null}
                </>
              ),
            },
            { header: t('tokens.prefix'), cell: (token) => <code>{token.prefix}…</code> },
            {
              header: t('tokens.scopes'),
              cell: (token) => (
                <>
                  {(token.scopes ?? []).join(', ')}
                  {(token.indicatorIds ?? []).length > 0 ? (
                    <div className="small text-muted">
                      {t('tokens.indicatorCount', { count: token.indicatorIds?.length ?? 0 })}
                    </div>
                  ) : null}
                  {token.allOrganisations ? <div className="small">{t('tokens.allOrganisationsListed')}</div> : null}
                </>
              ),
            },
            { header: t('tokens.expires'), className: 'text-nowrap', cell: (token) => formatDate(lastValidDay(token.expiresAt)) },
            {
              header: t('tokens.lastUsed'),
              className: 'text-nowrap',
              cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.never')),
            },
            { header: t('tokens.status'), cell: stateOf },
          ]}
          actions={(token) =>
            token.revokedAt ? null : (
              <ConfirmButton
                size="sm"
                variant="danger"
                outline
                request={{
                  title: t('confirm.revokeTokenTitle'),
                  message: t('tokens.confirmRevoke', { name: token.name }),
                  confirmLabel: t('confirm.revokeToken'),
                  tone: 'danger',
                }}
                onConfirmed={() =>
                  run(
                    () => revoke.mutateAsync(token.id ?? 0),
                    () => t('tokens.revokedDone', { name: token.name }),
                  )
                }
              >
                {t('tokens.revoke')} <span className="visually-hidden">{token.name}</span>
              </ConfirmButton>
            )
          }
        />
      )}
      <section aria-labelledby="new-token-title" className="mt-5">
        <h2 id="new-token-title" className="h3">
          {t('tokens.new')}
        </h2>
        <TokenForm
          indicators={indicators.data ?? []}
          regional={regional ? { organisation: me?.organisation?.name ?? me?.organisation?.code ?? '' } : undefined}
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
