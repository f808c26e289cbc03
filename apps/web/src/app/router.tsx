import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { AuthGuard } from '../modules/auth/components/auth-guard';
import { RealtimeProvider } from '../modules/realtime/components/realtime-provider';
import { AppShell } from '../modules/shell/components/app-shell';
import { FullPageSpinner } from '../modules/ui/components/full-page-spinner';
import { InboxPage } from '../pages/inbox-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';

const ReportsPage = lazy(() => import('../pages/reports-page'));
const ChannelHealthPage = lazy(() => import('../pages/channel-health-page'));
const SettingsPage = lazy(() => import('../pages/settings-page'));
const PreferencesPage = lazy(() => import('../pages/preferences-page'));

const lazyPage = (page: ReactNode) => <Suspense fallback={<FullPageSpinner label="Loading page" />}>{page}</Suspense>;

function SignedIn() {
  return (
    <AuthGuard>
      <RealtimeProvider>
        <Outlet />
      </RealtimeProvider>
    </AuthGuard>
  );
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <SignedIn />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <InboxPage /> },
            { path: 'conversations/:id', element: <InboxPage /> },
            { path: 'reports', element: lazyPage(<ReportsPage />) },
            { path: 'channel-health', element: lazyPage(<ChannelHealthPage />) },
            { path: 'settings/*', element: lazyPage(<SettingsPage />) },
            { path: 'preferences', element: lazyPage(<PreferencesPage />) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
