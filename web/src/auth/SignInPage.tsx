import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../api/problem';
import { useAction } from '../api/useAction';
import { useApi } from '../api/useApi';
import { ErrorState, Loading } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { session } from './session';
import { safeNext } from './RequireSession';
import { rememberNext } from './LoginCodeLanding';
import { signInOptions } from './signInOptions';
import { useSessionToken } from './useSession';

/** Sign-in: the local profile's sign-in by name, and GitHub / GitLab where the API has them configured. */
export function SignInPage() {
  usePageTitle('Sign in');
  const token = useSessionToken();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const options = useApi('sign-in-options', signInOptions);
  if (token) return <Navigate to={next} replace />;

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand-mark" aria-hidden="true">DEBT-OS</p>
        <h1>Sign in to DEBT-OS</h1>
        <p className="muted">Find, rank and track the technical debt of your repositories.</p>
        {options.state === 'loading' && <Loading label="Finding the ways to sign in" />}
        {options.state === 'error' && <ErrorState message={problemMessage(options.error)} />}
        {options.state === 'ok' && (
          <>
            {(options.data.github || options.data.gitlab) && (
              <div className="oauth-buttons">
                {options.data.github && (
                  <a className="button provider" href="/api/auth/github" onClick={() => rememberNext(next)}>
                    Sign in with GitHub
                  </a>
                )}
                {options.data.gitlab && (
                  <a className="button provider" href="/api/auth/gitlab" onClick={() => rememberNext(next)}>
                    Sign in with GitLab
                  </a>
                )}
              </div>
            )}
            {options.data.local && <LocalSignIn next={next} />}
            {!options.data.local && !options.data.github && !options.data.gitlab && (
              <ErrorState message="No way to sign in is configured: set GITHUB_CLIENT_ID or GITLAB_CLIENT_ID (see the README)." />
            )}
          </>
        )}
      </div>
    </main>
  );
}

function LocalSignIn({ next }: { next: string }) {
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const signIn = useAction(async () => {
    const issued = await unwrap(api.POST('/api/auth/local', { body: { login: login.trim() } }));
    session.start({ token: issued.token, expiresAt: issued.expiresAt });
    navigate(next, { replace: true });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn.run();
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="local-sign-in">
      <h2 id="local-sign-in" className="h3">Local sign-in</h2>
      <p className="muted small">This machine runs the local profile: choose any name; it becomes your account.</p>
      <label htmlFor="login">Name</label>
      <input id="login" name="login" autoComplete="username" required maxLength={64} value={login}
             onChange={(e) => setLogin(e.target.value)} />
      {signIn.error !== null && <ErrorState message={problemMessage(signIn.error)} />}
      <button type="submit" className="button primary" disabled={signIn.busy || login.trim() === ''}>
        {signIn.busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
