import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { KEYCLOAK } from './e2e-oidc/keycloak';

// The web app in OpenID Connect mode against a real Keycloak (scripts/keycloak.sh, realm keycloak/perfmon-realm.json),
// the packaged backend and Chromium: `make test-oidc`. Its ports differ from the other end-to-end tests' (8081, 4173)
// so that both can run on one machine.
const jar = resolve(import.meta.dirname, process.env.E2E_BACKEND_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const backendPort = 8083;
const webPort = 4174;

if (!existsSync(jar)) {
  throw new Error(
    `The backend is not built: ${jar} is missing. Build it first with 'make build' ` +
      `(or 'cd backend && mvn -B package -DskipTests'), then run the end-to-end tests again.`,
  );
}
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}: install Debian's with 'apt-get install -y chromium' (never 'npx playwright install').`);
}

export default defineConfig({
  testDir: 'e2e-oidc',
  // One worker: the tests share one fresh database and one Keycloak.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Each test goes through Keycloak's pages and two JVMs that are still warming up: slow on a busy two-core machine.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/oidc',
  use: {
    baseURL: `http://localhost:${webPort}`,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
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
    {
      // A fresh 2021 plan in its own database on every run; people sign in at Keycloak only.
      command: `../scripts/db.sh with perfmon_oidc_e2e java -jar '${jar}'`,
      url: `http://localhost:${backendPort}/status`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        QUARKUS_HTTP_PORT: String(backendPort),
        QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
        QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
        // db.sh uses DB_URL as given, and the flag above wipes that database: never let it reach one set for running.
        DB_URL: process.env.E2E_DB_URL ?? '',
        MONITOR_OIDC_ENABLED: 'true',
        MONITOR_OIDC_URL: `${KEYCLOAK.url}/realms/${KEYCLOAK.realm}`,
        MONITOR_OIDC_PUBLIC_URL: `${KEYCLOAK.url}/realms/${KEYCLOAK.realm}`,
      },
    },
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${webPort} --strictPort`,
      url: `http://localhost:${webPort}`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { PERFMON_PREVIEW_API_URL: `http://localhost:${backendPort}` },
    },
  ],
});
