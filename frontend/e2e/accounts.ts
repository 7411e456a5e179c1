/**
 * The administrator the end-to-end backend creates at start-up (MONITOR_ADMIN_USER / MONITOR_ADMIN_PASSWORD in
 * playwright.config.ts): a throwaway password for a throwaway database, never the demo one of `make run`.
 */
export const ADMIN = { username: 'admin', password: 'e2e-solo-per-i-test-2021' } as const;

export type Account = { username: string; password: string };
