import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { unwrap } from '../api/client';
import { session } from '../auth/session';
import { useSessionToken } from '../auth/useSession';
import { Loading } from './States';

/** The frame of every signed-in page: skip link, header with navigation and the account, then the page in <main>. */
export function AppShell() {
  const token = useSessionToken();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top-bar">
        <NavLink to="/repos" className="brand">DEBT-OS</NavLink>
        {token && (
          <>
            <nav aria-label="Main">
              <ul>
                <li><NavLink to="/repos">Repositories</NavLink></li>
                <li><NavLink to="/api-keys">API keys</NavLink></li>
                <li><NavLink to="/audit">Audit log</NavLink></li>
              </ul>
            </nav>
            <Account token={token} />
          </>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading label="Loading the page" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

function Account({ token }: { token: string }) {
  const navigate = useNavigate();
  const me = useApi(`me:${token}`, (signal) => unwrap(api.GET('/api/auth/me', { signal })));

  async function signOut() {
    // revoke the token at the API; the session ends here whatever the answer
    await api.POST('/api/auth/logout', {}).catch(() => undefined);
    session.end();
    navigate('/sign-in', { replace: true });
  }

  return (
    <div className="account">
      {me.state === 'ok' && <span className="account-name" title={me.data.email ?? undefined}>{me.data.displayName ?? me.data.email}</span>}
      <button type="button" className="button quiet" onClick={signOut}>Sign out</button>
    </div>
  );
}
