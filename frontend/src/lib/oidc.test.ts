import { OidcClient } from 'oidc-client-ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasStoredOidcUser, oidcSettings } from '@/lib/oidc';
import { storeOidcUser } from '@/testing/stored-oidc-user';

const config = { oidc: true, issuer: 'http://localhost:8180/realms/perfmon', clientId: 'perfmon-web' };

describe('oidcSettings', () => {
  it('shouldUseTheAuthorizationCodeFlowWithTheProviderAndClientTheBackendNames', () => {
    expect(oidcSettings(config, 'http://localhost:5173')).toMatchObject({
      authority: 'http://localhost:8180/realms/perfmon',
      client_id: 'perfmon-web',
      redirect_uri: 'http://localhost:5173/accesso/callback',
      post_logout_redirect_uri: 'http://localhost:5173/accesso/uscita',
      response_type: 'code',
    });
  });

  it('shouldEndTheProvidersSessionNamingTheTokenAndComingBackToTheSignedOutPage', async () => {
    const client = new OidcClient({
      ...oidcSettings(config, 'http://localhost:5173'),
      metadata: { issuer: config.issuer, end_session_endpoint: `${config.issuer}/protocol/openid-connect/logout` },
    });
    const request = await client.createSignoutRequest({ id_token_hint: 'the.id.token' });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe('http://localhost:8180/realms/perfmon/protocol/openid-connect/logout');
    expect(url.searchParams.get('id_token_hint')).toBe('the.id.token');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:5173/accesso/uscita');
  });

  it('shouldSendAPkceChallengeWithTheAuthorizationRequest', async () => {
    const client = new OidcClient({
      ...oidcSettings(config, 'http://localhost:5173'),
      metadata: { issuer: config.issuer, authorization_endpoint: `${config.issuer}/protocol/openid-connect/auth` },
    });
    const request = await client.createSigninRequest({ state: { returnTo: '/amministrazione' } });
    const url = new URL(request.url);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe('perfmon-web');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('hasStoredOidcUser', () => {
  beforeEach(() => sessionStorage.clear());

  it('shouldFindTheUserOidcClientTsStoresAfterASignIn', async () => {
    expect(hasStoredOidcUser()).toBe(false);
    const manager = await storeOidcUser('eyJ.stored.token');
    expect(hasStoredOidcUser()).toBe(true);
    await manager.removeUser();
    expect(hasStoredOidcUser()).toBe(false);
  });

  it('shouldIgnoreWhatElseTheTabKeeps', () => {
    sessionStorage.setItem('perfmon.filters', '{"area":"A1"}');
    expect(hasStoredOidcUser()).toBe(false);
  });

  it('shouldTakeStorageThePageMayNotReadAsHoldingNoUser', () => {
    vi.spyOn(globalThis, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(hasStoredOidcUser()).toBe(false);
  });
});
