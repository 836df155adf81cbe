import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import type { Token } from '../api/types';
import { session } from './session';
import { safeNext } from './RequireSession';
import { ErrorState, Loading } from '../components/States';
import { useSessionToken } from './useSession';

const NEXT_KEY = 'debt-os.next';
/** One exchange per code, even when React runs the effect twice: a code is good for one redemption only. */
const exchanges = new Map<string, Promise<Token>>();

function exchange(code: string): Promise<Token> {
  let pending = exchanges.get(code);
  if (!pending) {
    pending = unwrap(api.POST('/api/auth/token', { body: { code } }));
    exchanges.set(code, pending);
  }
  return pending;
}

/** Remembers where to go after an OAuth round trip (the provider returns to the root, FRONTEND_URL). */
export function rememberNext(next: string): void {
  sessionStorage.setItem(NEXT_KEY, next);
}

/**
 * The root address, where OAuth sign-ins land with {@code #login_code=…}: the one-time code is swapped for a
 * bearer token with {@code POST /api/auth/token} and removed from the address at once (it never reaches a server
 * or the history). Without a code: the repositories, or sign-in.
 */
export function LoginCodeLanding() {
  const token = useSessionToken();
  const navigate = useNavigate();
  const [code] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('login_code'));
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!code) return;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    let current = true;
    exchange(code).then(
      (issued) => {
        if (!current) return;
        session.start({ token: issued.token, expiresAt: issued.expiresAt });
        const next = safeNext(sessionStorage.getItem(NEXT_KEY));
        sessionStorage.removeItem(NEXT_KEY);
        navigate(next, { replace: true });
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [code, navigate]);

  if (!code) return <Navigate to={token ? '/repos' : '/sign-in'} replace />;
  if (error) {
    return (
      <section className="page narrow">
        <h1>Sign-in failed</h1>
        <ErrorState message={problemMessage(error)} />
        <p><a href="/sign-in">Sign in again</a></p>
      </section>
    );
  }
  return <Loading label="Signing you in" />;
}
