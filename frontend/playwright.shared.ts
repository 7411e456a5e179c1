import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PlaywrightTestConfig } from '@playwright/test';

// What playwright.config.ts and playwright.oidc.config.ts share: the packaged backend they start, Debian's
// Chromium and how it is launched, and the settings of a run against one fresh database.

// The backend as `make build` packages it; the tests never build it themselves. E2E_BACKEND_JAR points at
// another copy, e.g. while the backend is being rebuilt.
export const backendJar = resolve(
  import.meta.dirname,
  process.env.E2E_BACKEND_JAR ?? '../backend/target/quarkus-app/quarkus-run.jar',
);
// The JVM options `make run` and the container use (the heap bound), so the tests run the backend as users do.
const jvmOptions = resolve(import.meta.dirname, '../backend/jvm.options');
const dbScript = resolve(import.meta.dirname, '../scripts/db.sh');
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
      // A failed test keeps its trace: actions, DOM snapshots, network and console. Without the screencast, which
      // kept the browser drawing and encoding frames for every test, passed or not: about a fifth of the suite's time.
      trace: { mode: 'retain-on-failure', screenshots: false },
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

type WebServer = NonNullable<Extract<PlaywrightTestConfig['webServer'], unknown[]>>[number];

/**
 * The packaged backend on a fresh 2021 plan in its own database, wiped at every start (`database` comes from
 * e2eDatabase), with the suite's own settings in `env`.
 */
export function freshBackend(database: string, port: number, env: Record<string, string>): WebServer {
  return {
    // From the jar's directory, as make run starts it: the AppCDS archive that `make build` writes there names its
    // jars relative to it (a missing or stale archive is ignored).
    command: `'${dbScript}' with ${database} java @'${jvmOptions}' -XX:SharedArchiveFile=app-cds.jsa -jar '${backendJar}'`,
    cwd: dirname(backendJar),
    url: `http://localhost:${port}/status`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      QUARKUS_HTTP_PORT: String(port),
      QUARKUS_FLYWAY_CLEAN_AT_START: 'true',
      QUARKUS_FLYWAY_CLEAN_DISABLED: 'false',
      // db.sh uses DB_URL as given, and the flag above wipes that database: never let it reach one set for running.
      DB_URL: process.env.E2E_DB_URL ?? '',
      MALLOC_ARENA_MAX: '2',
      ...env,
    },
  };
}

/** Where the contract proxy records the answers that break openapi.yaml, for the global teardown to report. */
export const contractLog = resolve(import.meta.dirname, 'test-results-contract/mismatches.jsonl');

/**
 * A proxy on `proxyPort` that forwards to the backend on `backendPort` and checks every answer against the
 * top-level openapi.yaml (e2e/contract/proxy.mjs); put it between the web app and the backend.
 */
export function contractProxy(proxyPort: number, backendPort: number): WebServer {
  const contract = resolve(import.meta.dirname, '../openapi.yaml');
  return {
    command: `node e2e/contract/proxy.mjs ${proxyPort} ${backendPort} '${contract}' '${contractLog}'`,
    url: `http://localhost:${proxyPort}/status`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  };
}

/** The web app as built for production, served by `vite preview`, its /api proxied to the backend on `backendPort`. */
export function previewWebApp(webPort: number, backendPort: number): WebServer {
  return {
    command: `npx vite build --logLevel warn && npx vite preview --port ${webPort} --strictPort`,
    url: `http://localhost:${webPort}`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PERFMON_PREVIEW_API_URL: `http://localhost:${backendPort}` },
  };
}
