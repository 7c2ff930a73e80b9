/**
 * The desk key this browser remembers — only after the teacher ticks "remember on this device"
 * (localStorage, never a cookie: it must not travel with every request). The editor's publish
 * and the playlist creation read it to put what they make on the desk.
 */
import { DESK_KEY } from '@/content/contracts/desk';

const KEY = 'descent.desk.key';

/** The remembered desk key, or null (none, malformed, or storage unavailable). */
export function rememberedDeskKey(): string | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value !== null && DESK_KEY.test(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the desk key on this device; false when storage is unavailable. */
export function rememberDeskKey(key: string): boolean {
  try {
    window.localStorage.setItem(KEY, key);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the remembered desk key. */
export function forgetDeskKey(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    /* nothing remembered */
  }
}
