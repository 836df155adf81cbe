import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireSession } from './auth/RequireSession';
import { SignInPage } from './auth/SignInPage';
import { LoginCodeLanding } from './auth/LoginCodeLanding';
import { RepositoryLayout } from './pages/RepositoryLayout';
import { OverviewPage } from './pages/OverviewPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The overview (the page a repository opens on) is in the first bundle; every other page is its own chunk, loaded
// when it is first shown (the Suspense around each Outlet shows the loading state meanwhile).
const RepositoriesPage = lazy(() => import('./pages/RepositoriesPage').then((m) => ({ default: m.RepositoriesPage })));
const DebtListPage = lazy(() => import('./pages/DebtListPage').then((m) => ({ default: m.DebtListPage })));
const DebtItemPage = lazy(() => import('./pages/DebtItemPage').then((m) => ({ default: m.DebtItemPage })));
const ScansPage = lazy(() => import('./pages/ScansPage').then((m) => ({ default: m.ScansPage })));
const ScanPage = lazy(() => import('./pages/ScanPage').then((m) => ({ default: m.ScanPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const SearchPage = lazy(() => import('./pages/SearchPage').then((m) => ({ default: m.SearchPage })));
const ApiKeysPage = lazy(() => import('./pages/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));

/** Every page's address; the runtime and CloudFront answer each with index.html (deep links work). */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <AppShell />,
    children: [
      { index: true, element: <LoginCodeLanding /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'repos', element: <RepositoriesPage /> },
          {
            path: 'repos/:repoId',
            element: <RepositoryLayout />,
            children: [
              { index: true, element: <OverviewPage /> },
              { path: 'debt', element: <DebtListPage /> },
              { path: 'scans', element: <ScansPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'search', element: <SearchPage /> },
            ],
          },
          { path: 'debt/:itemId', element: <DebtItemPage /> },
          { path: 'scans/:scanId', element: <ScanPage /> },
          { path: 'api-keys', element: <ApiKeysPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
