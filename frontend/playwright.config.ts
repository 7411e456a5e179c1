import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { ADMIN } from './e2e/accounts';

// The backend as `make build` packages it; the tests never build it themselves. E2E_BACKEND_JAR points at
// another copy, e.g. while the backend is being rebuilt.
const jar = resolve(import.meta.dirname, process.env.E2E_BACKEND_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Two runs of this suite on one machine each take their own ports and database.
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 8081);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4173);
const database = process.env.E2E_DB_NAME ?? 'perfmon_e2e';

if (!existsSync(jar)) {
  throw new Error(
    `The backend is not built: ${jar} is missing. Build it first with 'make build' ` +
      `(or 'cd backend && mvn -B package -DskipTests'), then run the end-to-end tests again.`,
  );
}
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}: install Debian's with 'apt-get install -y chromium' (never 'npx playwright install').`);
}
// The backend wipes this database at start; scripts/db.sh keeps a name ending in _e2e away from DB_URL's own.
if (!/^[A-Za-z0-9_]+_e2e$/.test(database)) {
  throw new Error(`E2E_DB_NAME must end in _e2e (letters, digits, _), not '${database}': the tests wipe that database.`);
}

export default defineConfig({
  testDir: 'e2e',
  // One browser, one worker: the tests share one fresh database and change it in a known order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
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
  webServer: [
    {
      // A fresh 2021 plan in its own database on every run; never the `perfmon` database of `make run`.
      command: `../scripts/db.sh with ${database} java -jar '${jar}'`,
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
