import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, problem } from '../test/fakeApi';
import { renderAt } from '../test/render';
import { session } from './session';

const TOKEN = { token: 'jwt-1', tokenType: 'Bearer', expiresAt: '2999-01-01T00:00:00Z', userId: 'u1' };

describe('signing in', () => {
  it('offers the providers the API has configured and signs in locally', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/providers': { body: { local: true, github: true, gitlab: false } },
      'POST /api/auth/local': { body: TOKEN },
      'GET /api/repos': { body: { items: [], total: 0, limit: 20, offset: 0 } },
      'GET /api/auth/me': { body: { id: 'u1', email: 'ada@localhost', displayName: 'ada', scopes: [], authMethod: 'bearer_token', apiKeyId: null } },
    });
    const { router } = renderAt('/repos', { signedIn: false });
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect((await screen.findByRole('link', { name: 'Sign in with GitHub' })).getAttribute('href')).toBe('/api/auth/github');
    expect(screen.queryByRole('link', { name: 'Sign in with GitLab' })).toBeNull();
    await userEvent.type(screen.getByLabelText('Name'), 'ada');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/repos'));
    expect(calls.find((c) => c.path === '/api/auth/local')?.body).toEqual({ login: 'ada' });
    expect(session.token()).toBe('jwt-1');
    await screen.findByText('No repository connected yet');
  });

  it('shows a refused name as a message', async () => {
    fakeApi({
      'GET /api/auth/providers': { body: { local: true, github: false, gitlab: false } },
      'POST /api/auth/local': problem(400, 'Bad Request', "login: must be letters, digits, '.', '_' or '-'"),
    });
    renderAt('/sign-in', { signedIn: false });
    await userEvent.type(await screen.findByLabelText('Name'), 'no spaces');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('login: must be letters');
    expect(session.token()).toBeNull();
  });

  it('redeems the OAuth login code from the fragment once and forgets it', async () => {
    window.history.replaceState(null, '', '/#login_code=one-time');
    const { calls } = fakeApi({
      'POST /api/auth/token': { body: TOKEN },
      'GET /api/repos': { body: { items: [], total: 0, limit: 20, offset: 0 } },
      'GET /api/auth/me': { body: { id: 'u1', email: 'ada@example.com', displayName: null, scopes: [], authMethod: 'bearer_token', apiKeyId: null } },
    });
    const { router } = renderAt('/', { signedIn: false });
    await waitFor(() => expect(router.state.location.pathname).toBe('/repos'));
    expect(calls.filter((c) => c.path === '/api/auth/token').map((c) => c.body)).toEqual([{ code: 'one-time' }]);
    expect(window.location.hash).toBe('');
    expect(session.token()).toBe('jwt-1');
  });

  it('ends the session when the API answers 401', async () => {
    fakeApi({ 'GET /api/repos': problem(401, 'Unauthorized', 'the token has expired'), 'GET /api/auth/me': problem(401, 'Unauthorized', 'expired'),
      'GET /api/auth/providers': { body: { local: true, github: false, gitlab: false } } });
    const { router } = renderAt('/repos');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(session.token()).toBeNull();
  });
});
