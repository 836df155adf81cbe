import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../test/fakeApi';
import { renderAt } from '../test/render';
import type { ApiKey } from '../api/types';

const KEY: ApiKey = { id: 'k1', name: 'ci', prefix: 'dos_0123456789ab', scopes: ['read', 'write'], createdAt: '2026-12-07T10:00:00Z', expiresAt: null, revokedAt: null, lastUsedAt: null };

describe('API keys', () => {
  it('shows a new key once, with the scopes chosen, and revokes a key after confirmation', async () => {
    let keys: ApiKey[] = [];
    const { calls } = fakeApi({
      'GET /api/auth/me': { body: { id: 'u1', email: 'a@localhost', displayName: 'a', scopes: [], authMethod: 'bearer_token', apiKeyId: null } },
      'GET /api/api-keys': () => ({ body: { items: keys } }),
      'POST /api/api-keys': () => {
        keys = [KEY];
        return { status: 201, body: { ...KEY, key: 'dos_0123456789ab_secretsecretsecretsecretsecretsecretsecre' } };
      },
      'DELETE /api/api-keys/k1': () => {
        keys = [{ ...KEY, revokedAt: '2026-12-07T11:00:00Z' }];
        return { status: 204 };
      },
    });
    renderAt('/api-keys');
    await screen.findByText('No API key yet');
    await userEvent.type(screen.getByLabelText('Name'), 'ci');
    await userEvent.click(screen.getByLabelText(/^write/));
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('shown-once-secret')).textContent).toBe('dos_0123456789ab_secretsecretsecretsecretsecretsecretsecre');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'ci', scopes: ['read', 'write'] });
    await userEvent.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByTestId('shown-once-secret')).toBeNull();

    vi.stubGlobal('confirm', vi.fn(() => true));
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke ci' }));
    await waitFor(() => expect(screen.getByText(/^Revoked/)).toBeTruthy());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/api-keys/k1')).toBe(true);
  });
});
