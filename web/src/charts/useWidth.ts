import { useLayoutEffect, useState, type RefObject } from 'react';

/** Drawn at this width where the element has no layout (not displayed). */
const UNLAID_WIDTH = 640;

/** The element's content width, measured before the first paint and again whenever it changes; 0 until measured. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth || UNLAID_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
