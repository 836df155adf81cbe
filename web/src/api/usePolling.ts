import { useEffect } from 'react';

/** Calls {@code reload} every {@code ms} while {@code active}: live progress without a socket. */
export function usePolling(active: boolean, reload: () => void, ms = 1000): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(reload, ms);
    return () => window.clearInterval(timer);
  }, [active, reload, ms]);
}

export const ACTIVE_SCAN = new Set(['queued', 'cloning', 'analyzing', 'llm', 'embedding']);
