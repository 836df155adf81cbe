import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'ok'; data: T; error?: undefined }
  | { state: 'error'; data?: undefined; error: unknown };

/**
 * Loads with {@code load} whenever {@code key} changes, aborting the previous request; {@code reload} loads again
 * without going back to the loading state (polling, after a change), so the page does not flicker.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [shownKey, setShownKey] = useState(key);

  if (shownKey !== key) {
    setShownKey(key);
    setLoaded({ state: 'loading' });
  }

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setLoaded({ state: 'ok', data }),
      (error: unknown) => !controller.signal.aborted && setLoaded({ state: 'error', error }),
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` says when the request changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...loaded, reload };
}
