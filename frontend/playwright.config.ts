import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/accounts';
import { backendJar, e2eDatabase, sharedConfig } from './playwright.shared';

// Two runs of this suite on one machine each take their own ports and database.
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 8081);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4173);
const database = e2eDatabase('E2E_DB_NAME', 'perfmon_e2e');

export default defineConfig({
  ...sharedConfig(`http://localhost:${webPort}`),
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  webServer: [
    {
      // A fresh 2021 plan in its own database on every run; never the `perfmon` database of `make run`.
      command: `../scripts/db.sh with ${database} java -jar '${backendJar}'`,
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
        // The first administrator, created at start-up; the tests sign in with it and create the others.
        MONITOR_ADMIN_USER: ADMIN.username,
        MONITOR_ADMIN_PASSWORD: ADMIN.password,
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
