/**
 * The one text rule for every string a client sends (level texts, nicknames, playlist titles,
 * progress fields, any key or value of a JSON body): well-formed Unicode (no lone surrogates),
 * no control characters other than tab and newline (no NUL, no C1 controls), normalized to NFC,
 * and a length limit. Postgres `jsonb` and `text` reject NUL and lone surrogates, so a string
 * that passes here can always be stored.
 *
 * `checkBodyStrings` applies the base rule to a whole parsed body (the body reader calls it, so
 * no route stores a string that skipped it); `text()` is the zod schema for one named field.
 */
import { z } from '@/engine/zod';

/** Longest string anywhere in a request body, in characters (fields have tighter limits). */
export const MAX_ANY_STRING = 20_000;

/** A lone (unpaired) UTF-16 surrogate: with the `u` flag, paired surrogates are one code point and do not match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** C0 controls except tab and newline, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** What is wrong with a string under the base rule (without the length), or null. */
export function textProblem(s: string): string | null {
  if (LONE_SURROGATE.test(s)) return 'is not well-formed Unicode (lone surrogate)';
  if (CONTROL.test(s)) return 'contains a control character (only tab and newline are allowed)';
  return null;
}

/** Length in code points. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** A problem with a body: the message and the dotted path of the field. */
export interface TextIssue {
  readonly error: string;
  readonly field: string;
}

/**
 * Checks every key and string value of a parsed JSON body (iteratively) and returns the body
 * with every string in NFC, or the first problem, naming the field.
 */
export function checkBodyStrings(body: unknown): { ok: true; value: unknown } | { ok: false; issue: TextIssue } {
  const bad = (path: string, what: string): { ok: false; issue: TextIssue } => {
    const field = path || '(body)';
    return { ok: false, issue: { error: `${field}: ${what}`, field } };
  };
  const check = (s: string, path: string): string | { ok: false; issue: TextIssue } => {
    const problem = textProblem(s);
    if (problem) return bad(path, problem);
    if (s.length > MAX_ANY_STRING) return bad(path, `is longer than ${MAX_ANY_STRING} characters`);
    return s.normalize('NFC');
  };
  const root = { v: body as unknown };
  const stack: [Record<string, unknown> | unknown[], string | number, string][] = [[root as Record<string, unknown>, 'v', '']];
  while (stack.length) {
    const [parent, key, path] = stack.pop()!;
    const v = (parent as Record<string | number, unknown>)[key];
    if (typeof v === 'string') {
      const out = check(v, path);
      if (typeof out !== 'string') return out;
      (parent as Record<string | number, unknown>)[key] = out;
    } else if (Array.isArray(v)) {
      v.forEach((_, i) => stack.push([v, i, path ? `${path}.${i}` : String(i)]));
    } else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const copy: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(obj)) {
        const keyPath = path ? `${path}.${k}` : k;
        const nk = check(k, keyPath);
        if (typeof nk !== 'string') return nk;
        copy[nk] = child;
      }
      (parent as Record<string | number, unknown>)[key] = copy;
      for (const k of Object.keys(copy)) stack.push([copy, k, path ? `${path}.${k}` : k]);
    }
  }
  return { ok: true, value: root.v };
}

/** Options of one text field. */
export interface TextOptions {
  /** Most characters (code points) after normalizing. */
  readonly max: number;
  /** Refuse an empty string (after trimming, when trimmed). Default false. */
  readonly nonEmpty?: boolean;
  /** Trim and collapse inner whitespace to one space (one-line fields). Default false. */
  readonly oneLine?: boolean;
  /** Unicode normalization form. Default NFC (nicknames use NFKC). */
  readonly form?: 'NFC' | 'NFKC';
}

/** The zod schema of one text field under the rule (see file note). */
export function text({ max, nonEmpty = false, oneLine = false, form = 'NFC' }: TextOptions) {
  return z
    .string()
    .max(4 * max + 64, `must be at most ${max} characters`)
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((s) => {
      const n = s.normalize(form);
      return oneLine ? n.trim().replace(/\s+/g, ' ') : n;
    })
    .superRefine((s, ctx) => {
      if (oneLine && /[\t\n]/.test(s)) ctx.addIssue({ code: 'custom', message: 'must be one line' });
      if (nonEmpty && s.length === 0) ctx.addIssue({ code: 'custom', message: 'must not be empty' });
      if (codePoints(s) > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters` });
    });
}
