/** Every view's address, so that links and the router agree. Italian, like the people who share them. */
export const paths = {
  home: () => '/',
  plan: (planId: number) => `/piani/${planId}`,
  planPeriod: (planId: number, periodId: number) => `/piani/${planId}/periodi/${periodId}`,
  objective: (objectiveId: number, periodId?: number | null) =>
    `/obiettivi/${objectiveId}${periodId != null ? `?periodo=${periodId}` : ''}`,
  planAdmin: (planId: number) => `/amministrazione/piani/${planId}`,
  admin: () => '/amministrazione',
  users: () => '/amministrazione/utenti',
  tokens: () => '/amministrazione/token',
  importAllegato: () => '/amministrazione/importa',
  /** The organisations of the deployment and the creation of a new one, for people of the Region. */
  organisations: () => '/amministrazione/organizzazioni',
  /** The administrator's own organisation: name, public reading, structures and territorial units. */
  organisationSettings: () => '/amministrazione/organizzazione',
  /** What the monitoring cycle asks of the signed-in editor's structures; the reminder e-mails link here. */
  myTasks: (periodId?: number | null) => `/attivita${periodId != null ? `?periodo=${periodId}` : ''}`,
  /** The administrators' list of periods with and without a collection. */
  collections: () => '/amministrazione/raccolte',
  /** One period's collection: opening it, its parts' progress, return and accept, closing the period. */
  collection: (periodId: number) => `/amministrazione/raccolte/${periodId}`,
  /** The OIV's review of a period (by default the latest closed one): figures, evidence, checks, validation. */
  oivReview: (periodId?: number | null) => (periodId != null ? `/oiv/${periodId}` : '/oiv'),
  /** Amministrazione trasparente › Performance: the closed periods' files and open data, for the public. */
  transparency: () => '/trasparenza/performance',
  /** The login page, coming back afterwards to `from` (an address within the app). */
  login: (from?: string) => (from && from !== '/' ? `/accesso?da=${encodeURIComponent(from)}` : '/accesso'),
} as const;

/** Where to go after signing in: an address within the app, never another site (`//evil.example`). */
export function returnAddress(from: string | null | undefined): string {
  const local = !!from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\');
  return local && !from.startsWith('/accesso') ? from : '/';
}
