/** The player's optional nickname for leaderboards, kept in the browser. */
const KEY = 'descent.nickname.v1';

/** The stored nickname ('' when none or storage is unavailable). */
export function readNickname(): string {
  try {
    return (globalThis.localStorage?.getItem(KEY) ?? '').slice(0, 24);
  } catch {
    return '';
  }
}

/** Stores the nickname (trimmed, at most 24 characters); '' forgets it. */
export function writeNickname(name: string): void {
  try {
    const v = name.trim().slice(0, 24);
    if (v) globalThis.localStorage?.setItem(KEY, v);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // storage disabled: the nickname applies to this page only
  }
}
