import { api, unwrap } from '../api/client';
import type { Ok } from '../api/types';

/** Which ways to sign in this API offers (GET /api/auth/providers): local on the local profile, OAuth where configured. */
export type SignInOptions = Ok<'/api/auth/providers', 'get'>;

export function signInOptions(signal: AbortSignal): Promise<SignInOptions> {
  return unwrap(api.GET('/api/auth/providers', { signal }));
}
