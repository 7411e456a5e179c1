import { OidcClient } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { oidcSettings } from '@/lib/oidc';

const config = { oidc: true, issuer: 'http://localhost:8180/realms/perfmon', clientId: 'perfmon-web' };

describe('oidcSettings', () => {
  it('shouldUseTheAuthorizationCodeFlowWithTheProviderAndClientTheBackendNames', () => {
    expect(oidcSettings(config, 'http://localhost:5173')).toMatchObject({
      authority: 'http://localhost:8180/realms/perfmon',
      client_id: 'perfmon-web',
      redirect_uri: 'http://localhost:5173/accesso/callback',
      response_type: 'code',
    });
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
