'use client';
/** True while an element is at least `minWidth` CSS px wide (a ResizeObserver, no re-render otherwise). */
import { useEffect, useState, type RefObject } from 'react';

export function useWideLayout(ref: RefObject<HTMLElement | null>, minWidth: number): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setWide(el.getBoundingClientRect().width >= minWidth);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, minWidth]);
  return wide;
}
