/**
 * The signed-in session: the bearer token the API issued (local sign-in or a redeemed OAuth login code) with its
 * expiry, kept in localStorage so links opened in new tabs (PR status links) stay signed in. The strict CSP (no
 * inline or third-party script) is what protects it from script injection; signing out revokes it at the API.
 */
const KEY = 'debt-os.session';

export interface Session {
  token: string;
  expiresAt: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export const session = {
  current(): Session | null {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Session;
      if (typeof value.token !== 'string' || Date.parse(value.expiresAt) <= Date.now()) {
        localStorage.removeItem(KEY);
        return null;
      }
      return value;
    } catch {
      localStorage.removeItem(KEY);
      return null;
    }
  },
  token(): string | null {
    return session.current()?.token ?? null;
  },
  start(value: Session): void {
    localStorage.setItem(KEY, JSON.stringify({ token: value.token, expiresAt: value.expiresAt }));
    listeners.forEach((listener) => listener());
  },
  end(): void {
    localStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
