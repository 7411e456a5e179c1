import { defineConfig } from '@playwright/test';
import { KEYCLOAK } from './e2e-oidc/keycloak';
import { contractProxy, e2eDatabase, freshBackend, previewWebApp, sharedConfig } from './playwright.shared';

// The web app in OpenID Connect mode against a real Keycloak (scripts/keycloak.sh, realm keycloak/perfmon-realm.json),
// the packaged backend and Chromium: `make test-oidc`. Its ports differ from the other end-to-end tests' (8081, 4173)
// so that both can run on one machine. The web app's port is the one the realm's client accepts as a redirect; the
// backend's port and the database may change, for a second run of the other suite's kind.
const backendPort = Number(process.env.E2E_OIDC_BACKEND_PORT ?? 8083);
const webPort = 4174;
const database = e2eDatabase('E2E_OIDC_DB_NAME', 'perfmon_oidc_e2e');
// As in the other suite, every answer the web app gets goes through the contract proxy and is checked.
const proxyPort = Number(process.env.E2E_OIDC_PROXY_PORT ?? backendPort + 1000);

export default defineConfig({
  ...sharedConfig(`http://localhost:${webPort}`),
  testDir: 'e2e-oidc',
  // Each test goes through Keycloak's pages and two JVMs that are still warming up: slow on a busy two-core machine.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  outputDir: 'test-results/oidc',
  globalTeardown: './e2e/contract/teardown.ts',
  // Started one after the other: the backend reads the realm's keys from Keycloak.
  webServer: [
    {
      // A Keycloak already started with `scripts/keycloak.sh start` is used as it is.
      command: '../scripts/keycloak.sh run',
      url: `${KEYCLOAK.url}/realms/${KEYCLOAK.realm}/.well-known/openid-configuration`,
      reuseExistingServer: true,
      // The first run fetches Keycloak (160 MB) and builds it: minutes on a busy two-core machine.
      timeout: 600_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      env: { KEYCLOAK_PORT: String(KEYCLOAK.port), KEYCLOAK_ADMIN_USER: KEYCLOAK.adminUser, KEYCLOAK_ADMIN_PASSWORD: KEYCLOAK.adminPassword },
    },
    // A fresh 2021 plan in its own database on every run; people sign in at Keycloak only.
    freshBackend(database, backendPort, {
      MONITOR_OIDC_ENABLED: 'true',
      MONITOR_OIDC_URL: `${KEYCLOAK.url}/realms/${KEYCLOAK.realm}`,
      MONITOR_OIDC_PUBLIC_URL: `${KEYCLOAK.url}/realms/${KEYCLOAK.realm}`,
    }),
    contractProxy(proxyPort, backendPort),
    previewWebApp(webPort, proxyPort),
  ],
});
