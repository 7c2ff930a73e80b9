/**
 * The player's optional nickname, kept in the browser: sent with each run (a teacher sees it in
 * the class's results), and shown on public leaderboards only if the player opts in.
 */
const KEY = 'descent.nickname.v1';
const PUBLIC_KEY = 'descent.nickname.public.v1';

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

/** Whether the player chose to show the nickname on public leaderboards (off unless chosen). */
export function readPublicName(): boolean {
  try {
    return globalThis.localStorage?.getItem(PUBLIC_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Remembers the public-leaderboard choice. */
export function writePublicName(shown: boolean): void {
  try {
    if (shown) globalThis.localStorage?.setItem(PUBLIC_KEY, 'yes');
    else globalThis.localStorage?.removeItem(PUBLIC_KEY);
  } catch {
    // storage disabled: the choice applies to this page only
  }
}
