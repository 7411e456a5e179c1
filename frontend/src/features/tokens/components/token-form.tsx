import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { useDraftForm } from '@/lib/use-draft-form';
import { todayIso } from '@/utils/format';
import type { RatioIndicator } from '@/features/tokens/api/get-ratio-indicators';
import {
  emptyTokenDraft,
  TOKEN_FIELDS,
  validateToken,
  type TokenDraft,
  type TokenField,
} from '@/features/tokens/utils/token-draft';

type Props = {
  indicators: RatioIndicator[];
  /**
   * A person of the Region: values:read is the only scope offered (the backend refuses counts:write to them), and
   * the token may read every organisation. `organisation` names their own, which the token reads otherwise.
   */
  regional?: { organisation: string };
  /** Sends the draft; a refusal it throws (problem details) is shown by the fields at fault. */
  onSubmit: (draft: TokenDraft) => Promise<unknown>;
};

const FIRST_INPUT: Record<TokenField, string> = {
  name: '#new-token-name',
  scopes: '#new-token-scopes input',
  indicatorIds: '#new-token-indicators input',
  expiresOn: '#new-token-expires',
  allOrganisations: '#new-token-all-organisations',
};

/** A new API token: its name, scopes, the indicators counts:write may post for, and its last day. */
export function TokenForm({ indicators, regional, onSubmit }: Props) {
  const { t } = useTranslation();
  const { draft, set, errors, problem, saving, submit } = useDraftForm({
    fields: TOKEN_FIELDS,
    idPrefix: 'new-token',
    selectors: FIRST_INPUT,
    // A function, so that the draft made again after a token is created starts from that day.
    initial: () => emptyTokenDraft(todayIso(), regional != null),
    validate: (sent: TokenDraft) => validateToken(sent, todayIso()),
    onSubmit,
    resetOnSuccess: true,
  });

  const described = (id: string, hint: boolean, error?: string) =>
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form
      noValidate
      aria-labelledby="new-token-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {problem ? (
        <Alert tone="danger" role="alert">
          <span className="fw-semibold">{problem.title ?? t('errors.generic')}</span>
          {problem.detail ? `: ${problem.detail}` : ''}
        </Alert>
      ) : null}
      <div className="row">
        <div className="col-md-6">
          <TextField
            id="new-token-name"
            label={t('tokens.name')}
            hint={t('tokens.nameHint')}
            required
            maxLength={100}
            autoComplete="off"
            value={draft.name}
            error={errors.name}
            onChange={(event) => set('name', event.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="new-token-expires"
            type="date"
            label={t('tokens.expiresOn')}
            hint={t('tokens.expiresOnHint')}
            required
            value={draft.expiresOn}
            error={errors.expiresOn}
            onChange={(event) => set('expiresOn', event.target.value)}
          />
        </div>
      </div>
      <fieldset
        id="new-token-scopes"
        className="mb-3"
        aria-describedby={described('new-token-scopes', regional != null, errors.scopes)}
      >
        <legend className="h6">
          {t('tokens.scopes')}
          <span aria-hidden="true"> *</span>
        </legend>
        {regional ? (
          <p id="new-token-scopes-hint" className="form-text mt-0">
            {t('tokens.regionalScopesHint')}
          </p>
        ) : null}
        {regional ? null : (
          <div className="form-check">
            <input
              className="form-check-input"
              type="checkbox"
              id="new-token-counts-write"
              checked={draft.countsWrite}
              onChange={(event) => set('countsWrite', event.target.checked)}
            />
            <label className="form-check-label" htmlFor="new-token-counts-write">
              {t('tokens.scopeCountsWrite')}
            </label>
          </div>
        )}
        <div className="form-check">
          <input
            className="form-check-input"
            type="checkbox"
            id="new-token-values-read"
            checked={draft.valuesRead}
            onChange={(event) => set('valuesRead', event.target.checked)}
          />
          <label className="form-check-label" htmlFor="new-token-values-read">
            {t('tokens.scopeValuesRead')}
          </label>
        </div>
        {errors.scopes ? (
          <div id="new-token-scopes-error" className="invalid-feedback d-block">
            {errors.scopes}
          </div>
        ) : null}
      </fieldset>
      {regional ? (
        <div className="form-check mb-3">
          <input
            className={`form-check-input${errors.allOrganisations ? ' is-invalid' : ''}`}
            type="checkbox"
            id="new-token-all-organisations"
            checked={draft.allOrganisations}
            aria-describedby={described('new-token-all-organisations', true, errors.allOrganisations)}
            aria-invalid={errors.allOrganisations ? true : undefined}
            onChange={(event) => set('allOrganisations', event.target.checked)}
          />
          <label className="form-check-label" htmlFor="new-token-all-organisations">
            {t('tokens.allOrganisations')}
          </label>
          <p id="new-token-all-organisations-hint" className="form-text mt-0">
            {t('tokens.allOrganisationsHint', { organisation: regional.organisation })}
          </p>
          {errors.allOrganisations ? (
            <div id="new-token-all-organisations-error" className="invalid-feedback d-block">
              {errors.allOrganisations}
            </div>
          ) : null}
        </div>
      ) : null}
      {draft.countsWrite ? (
        <fieldset
          id="new-token-indicators"
          className="mb-3"
          aria-describedby={described('new-token-indicators', true, errors.indicatorIds)}
        >
          <legend className="h6">
            {t('tokens.indicators')}
            <span aria-hidden="true"> *</span>
          </legend>
          <p id="new-token-indicators-hint" className="form-text mt-0">
            {t('tokens.indicatorsHint')}
          </p>
          {indicators.length === 0 ? <p>{t('tokens.noRatioIndicators')}</p> : null}
          {indicators.map((indicator) => (
            <div className="form-check" key={indicator.id}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`new-token-indicator-${indicator.id}`}
                checked={draft.indicatorIds.includes(indicator.id)}
                onChange={(event) =>
                  set(
                    'indicatorIds',
                    event.target.checked
                      ? [...draft.indicatorIds, indicator.id]
                      : draft.indicatorIds.filter((id) => id !== indicator.id),
                  )
                }
              />
              <label className="form-check-label" htmlFor={`new-token-indicator-${indicator.id}`}>
                {t('indicator.name', { code: indicator.objectiveCode, position: indicator.position })}:{' '}
                {indicator.description}
              </label>
            </div>
          ))}
          {errors.indicatorIds ? (
            <div id="new-token-indicators-error" className="invalid-feedback d-block">
              {errors.indicatorIds}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={saving}>
        {saving ? t('common.saving') : t('tokens.create')}
      </Button>
    </form>
  );
}
