'use client';
/** Keyboard shortcuts scoped to one element (so two players on a lesson page do not clash). */
import { useEffect, useRef, type RefObject } from 'react';

const FORM_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** Binds single keys (lower-case, ' ' for Space) while focus is inside `root` but not in a form field. */
export function useShortcuts(root: RefObject<HTMLElement | null>, keys: Record<string, () => void>): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (FORM_TAGS.has(target.tagName) || target.isContentEditable) return;
      const fn = latest.current[e.key.toLowerCase()];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [root]);
}
