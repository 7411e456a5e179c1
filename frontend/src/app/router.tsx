import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { DashboardRoute } from '@/app/routes/dashboard';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { OidcCallbackRoute } from '@/app/routes/oidc-callback';
import { ObjectiveRoute } from '@/app/routes/objective';
import { paths } from '@/config/paths';

// Plan, user and token management are for administrators only: others never download them.
const PlanAdminRoute = lazy(() => import('@/app/routes/plan-admin'));
const UsersRoute = lazy(() => import('@/app/routes/users'));
const TokensRoute = lazy(() => import('@/app/routes/tokens'));
const ImportRoute = lazy(() => import('@/app/routes/import'));
const OrganisationSettingsRoute = lazy(() => import('@/app/routes/organisation-settings'));
// Creating organisations is for people of the Region only.
const OrganisationsRoute = lazy(() => import('@/app/routes/organisations'));
// The monitoring cycle's pages are for editors and administrators only.
const MyTasksRoute = lazy(() => import('@/app/routes/my-tasks'));
const CollectionsRoute = lazy(() => import('@/app/routes/collections'));
const CollectionRoute = lazy(() => import('@/app/routes/collection'));
// The OIV's review page is for the OIV and administrators only.
const OivReviewRoute = lazy(() => import('@/app/routes/oiv-review'));
const TransparencyRoute = lazy(() => import('@/app/routes/transparency'));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardRoute /> },
      { path: 'piani/:planId', element: <DashboardRoute /> },
      { path: 'piani/:planId/periodi/:periodId', element: <DashboardRoute /> },
      { path: 'obiettivi/:objectiveId', element: <ObjectiveRoute /> },
      {
        path: 'attivita',
        element: (
          <Suspense>
            <MyTasksRoute />
          </Suspense>
        ),
      },
      {
        path: 'oiv',
        element: (
          <Suspense>
            <OivReviewRoute />
          </Suspense>
        ),
      },
      {
        path: 'oiv/:periodId',
        element: (
          <Suspense>
            <OivReviewRoute />
          </Suspense>
        ),
      },
      {
        path: 'trasparenza/performance',
        element: (
          <Suspense>
            <TransparencyRoute />
          </Suspense>
        ),
      },
      { path: 'accesso', element: <LoginRoute /> },
      { path: 'accesso/callback', element: <OidcCallbackRoute /> },
      // Back from the provider's end-session endpoint: the home page, saying so.
      { path: 'accesso/uscita', element: <Navigate to={paths.home()} replace state={{ signedOut: true }} /> },
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
      {
        path: 'amministrazione/importa',
        element: (
          <Suspense>
            <ImportRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/raccolte',
        element: (
          <Suspense>
            <CollectionsRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/raccolte/:periodId',
        element: (
          <Suspense>
            <CollectionRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/utenti',
        element: (
          <Suspense>
            <UsersRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/token',
        element: (
          <Suspense>
            <TokensRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/organizzazione',
        element: (
          <Suspense>
            <OrganisationSettingsRoute />
          </Suspense>
        ),
      },
      {
        path: 'amministrazione/organizzazioni',
        element: (
          <Suspense>
            <OrganisationsRoute />
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
