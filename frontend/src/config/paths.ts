/** Every view's address, so that links and the router agree. Italian, like the people who share them. */
export const paths = {
  home: () => '/',
  plan: (planId: number) => `/piani/${planId}`,
  planPeriod: (planId: number, periodId: number) => `/piani/${planId}/periodi/${periodId}`,
  objective: (objectiveId: number, periodId?: number | null) =>
    `/obiettivi/${objectiveId}${periodId != null ? `?periodo=${periodId}` : ''}`,
  planAdmin: (planId: number) => `/amministrazione/piani/${planId}`,
  admin: () => '/amministrazione',
} as const;
