import { useCallback, useState } from 'react';

/**
 * A button's or form's request: {@code run} sends it, {@code busy} is true meanwhile (to disable the control),
 * {@code error} holds what failed (cleared by the next run) for an {@code ErrorState}.
 */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }, [action]);
  return { run, busy, error };
}
