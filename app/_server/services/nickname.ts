/**
 * Nicknames on public leaderboards: NFKC-normalized (full-width and compatibility forms folded),
 * trimmed, inner whitespace collapsed, 1–24 characters of Unicode letters (any script: 李小龙,
 * Zoë, Ólafur), combining marks, digits, spaces and the separators - _ . ' — and not one of a
 * short block list of slurs and spam words (whole words, case-insensitive). The base text rule
 * (../http/text.ts) runs first, so control characters and lone surrogates get its message.
 */
import { text } from '../http/text';

/** Longest nickname, in characters (code points) after normalizing. */
export const MAX_NICKNAME = 24;

const ALLOWED = /^[\p{L}\p{M}\p{N} _.'-]+$/u;

/**
 * Whole words refused in a nickname (lower case, after NFKC). Short and generic on purpose: a
 * few slurs and the spam that floods open boards; an operator removes the rest by hand
 * (scripts/leaderboard-remove.ts).
 */
const BLOCKED = new Set([
  'nigger', 'nigga', 'faggot', 'fag', 'retard', 'kike', 'chink', 'spic', 'tranny',
  'cunt', 'whore', 'slut', 'rape', 'rapist', 'hitler', 'nazi', 'heil',
  'porn', 'xxx', 'sex', 'viagra', 'casino', 'crypto', 'bitcoin', 'http', 'https', 'www', 'com',
]);

/** The blocked word a (normalized) nickname contains, or null. */
export function blockedWord(nickname: string): string | null {
  const lower = nickname.toLowerCase();
  for (const word of lower.split(/[\s_.'-]+/u)) if (BLOCKED.has(word)) return word;
  const squashed = lower.replace(/[\s_.'-]+/gu, '');
  return BLOCKED.has(squashed) ? squashed : null;
}

/** The zod schema of a nickname: the normalized nickname, or an issue naming the rule broken. */
export const Nickname = text({ max: MAX_NICKNAME, nonEmpty: true, oneLine: true, form: 'NFKC' }).superRefine((s, ctx) => {
  if (s.length > 0 && !ALLOWED.test(s)) {
    ctx.addIssue({ code: 'custom', message: "nickname may contain only letters, digits, spaces and - _ . '" });
  } else if (blockedWord(s) !== null) {
    ctx.addIssue({ code: 'custom', message: 'nickname is not allowed: choose another one' });
  }
});
