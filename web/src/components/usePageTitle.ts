import { useEffect } from 'react';

/** The browser tab's title (and what a screen reader announces on navigation). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · DEBT-OS`;
  }, [title]);
}
