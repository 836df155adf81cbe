import { useSyncExternalStore } from 'react';
import { session } from './session';

/** The current bearer token (null when signed out); re-renders when a sign-in, sign-out or 401 changes it. */
export function useSessionToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token, () => null);
}
