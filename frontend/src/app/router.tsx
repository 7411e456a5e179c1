import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { DashboardRoute } from '@/app/routes/dashboard';
import { NotFoundRoute } from '@/app/routes/not-found';
import { ObjectiveRoute } from '@/app/routes/objective';

// Plan editing is for administrators only: others never download it.
const PlanAdminRoute = lazy(() => import('@/app/routes/plan-admin'));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'piani/:planId', element: <DashboardRoute /> },
      { path: 'piani/:planId/periodi/:periodId', element: <DashboardRoute /> },
      { path: 'obiettivi/:objectiveId', element: <ObjectiveRoute /> },
      {
        path: 'amministrazione',
        element: (
          <Suspense>
            <PlanAdminRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/piani/:planId',
        element: (
          <Suspense>
            <PlanAdminRoute />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
