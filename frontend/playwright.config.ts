import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/accounts';
import { contractProxy, e2eDatabase, freshBackend, previewWebApp, sharedConfig } from './playwright.shared';

// Two runs of this suite on one machine each take their own ports and database.
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 8081);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4173);
// The contract proxy between the two: every answer the web app gets is checked against openapi.yaml.
const proxyPort = Number(process.env.E2E_PROXY_PORT ?? backendPort + 1000);
const database = e2eDatabase('E2E_DB_NAME', 'perfmon_e2e');

export default defineConfig({
  ...sharedConfig(`http://localhost:${webPort}`),
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  globalTeardown: './e2e/contract/teardown.ts',
  webServer: [
    // A fresh 2021 plan in its own database on every run; never the `perfmon` database of `make run`.
    freshBackend(database, backendPort, {
      // The first administrator, created at start-up; the tests sign in with it and create the others.
      MONITOR_ADMIN_USER: ADMIN.username,
      MONITOR_ADMIN_PASSWORD: ADMIN.password,
      // Served over plain http: the production default (a Secure, __Host- cookie) is for HTTPS.
      MONITOR_SECURE_COOKIE: 'false',
    }),
    contractProxy(proxyPort, backendPort),
    previewWebApp(webPort, proxyPort),
  ],
});
