import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell';
import { RequireSession } from './auth/RequireSession';
import { SignInPage } from './auth/SignInPage';
import { LoginCodeLanding } from './auth/LoginCodeLanding';
import { RepositoriesPage } from './pages/RepositoriesPage';
import { RepositoryLayout } from './pages/RepositoryLayout';
import { OverviewPage } from './pages/OverviewPage';
import { DebtListPage } from './pages/DebtListPage';
import { DebtItemPage } from './pages/DebtItemPage';
import { ScansPage } from './pages/ScansPage';
import { ScanPage } from './pages/ScanPage';
import { SettingsPage } from './pages/SettingsPage';
import { SearchPage } from './pages/SearchPage';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { AuditPage } from './pages/AuditPage';
import { NotFoundPage } from './pages/NotFoundPage';

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
