'use client';
/** Keyboard shortcuts scoped to one element (so two players on a lesson page do not clash). */
import { useEffect, useRef, type RefObject } from 'react';

// Inputs that need the letter keys themselves (typing, or a select's type-to-find).
const TYPING_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/**
 * Keys a focused element keeps for itself: everything in text fields and selects; Space and
 * Enter on buttons, checkboxes and links (they press them); arrows and Home/End on sliders.
 * Letter shortcuts and "." work everywhere else in the player, buttons and the canvas included.
 */
export function keepsKey(target: { tagName: string; type?: string; isContentEditable?: boolean }, key: string): boolean {
  const tag = target.tagName;
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target.type ?? 'text').toLowerCase();
    if (TYPING_INPUTS.has(type)) return true;
    if (type === 'checkbox' || type === 'radio') return key === ' ';
    return false; // range: the shortcut keys are not the slider's keys
  }
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return key === ' ' || key === 'enter';
  return false;
}

/** Binds single keys (lower-case, ' ' for Space) while focus is anywhere inside `root` (see keepsKey). */
export function useShortcuts(root: RefObject<HTMLElement | null>, keys: Record<string, () => void>): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      if (keepsKey(e.target as HTMLInputElement, key)) return;
      const fn = latest.current[key];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [root]);
}
