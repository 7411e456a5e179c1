import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlaywrightTestConfig } from '@playwright/test';

// What playwright.config.ts and playwright.oidc.config.ts share: the packaged backend they start, Debian's
// Chromium and how it is launched, and the settings of a run against one fresh database.

// The backend as `make build` packages it; the tests never build it themselves. E2E_BACKEND_JAR points at
// another copy, e.g. while the backend is being rebuilt.
export const backendJar = resolve(
  import.meta.dirname,
  process.env.E2E_BACKEND_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar',
);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(backendJar)) {
  throw new Error(
    `The backend is not built: ${backendJar} is missing. Build it first with 'make build' ` +
      `(or 'cd backend && mvn -B package -DskipTests'), then run the end-to-end tests again.`,
  );
}
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}: install Debian's with 'apt-get install -y chromium' (never 'npx playwright install').`);
}

/**
 * The database a run's backend wipes at start, named by the environment variable `variable` or `defaultName`: it
 * must end in _e2e, which scripts/db.sh keeps away from the database DB_URL names for running.
 */
export function e2eDatabase(variable: string, defaultName: string): string {
  const name = process.env[variable] ?? defaultName;
  if (!/^[A-Za-z0-9_]+_e2e$/.test(name)) {
    throw new Error(`${variable} must end in _e2e (letters, digits, _), not '${name}': the tests wipe that database.`);
  }
  return name;
}

/** One browser and one worker: the tests of a run share one fresh database and change it in a known order. */
export function sharedConfig(baseURL: string): PlaywrightTestConfig {
  return {
    workers: 1,
    fullyParallel: false,
    retries: 0,
    forbidOnly: !!process.env.CI,
    reporter: [['list']],
    use: {
      baseURL,
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
  };
}
