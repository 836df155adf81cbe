import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionToken } from './useSession';

/** The signed-in part of the dashboard: without a session, sign-in first, then back to the page asked for. */
export function RequireSession() {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Only same-site paths are followed after sign-in (never another origin given in the query). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/repos';
}
