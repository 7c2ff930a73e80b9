/**
 * Test support: the hostile-input corpus (issue 11) — values put in place of each field of a
 * valid body, and whole bodies no route may accept. Kept apart from the suite so the lists read
 * as data.
 */

/** Text a person could type: accepted where the field takes text, else refused — never a 5xx. */
export const ODD_TEXT: readonly string[] = [
  `'; DROP TABLE runs; --`,
  `" OR 1=1 --`,
  `Robert'); DELETE FROM custom_levels WHERE ('1'='1`,
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `[x](javascript:alert(1))`,
  `{{constructor.constructor('alert(1)')()}}`,
  '${process.exit(1)}',
  `../../../../etc/passwd`,
  `%s%s%s%n%x`,
  `\\u0000 as text`,
  'zero\u200Bwidth\u200Djoiner',
  'right\u202Eto-left',
  '\uFEFFbyte order mark',
  'e\u0301 combining',
  '学生 张伟',
  'ｆｕｌｌ－ｗｉｄｔｈ',
  '🧑‍🏫🎓 emoji',
  '\u{1D4D0}\u{1F600} astral',
  '   ',
  'a'.repeat(5000),
  'nul\u0000inside', // refused everywhere (Postgres text cannot hold it)
  'lone\uD800surrogate',
  'bell\u0007and\u001bescape',
];

/** Values of the wrong type or out of any range. */
export const WRONG_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '',
  '1e400',
  'NaN',
  [],
  {},
  [1, 2, 3],
  { $gt: '' },
  'x'.repeat(70_000),
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  nested(64),
];

/** Bodies that are not a request at all (sent as raw text with content-type application/json). */
export const BAD_BODIES: readonly (string | Uint8Array)[] = [
  '',
  'null',
  'true',
  '[]',
  '"text"',
  '42',
  '{',
  '{"levelId":"saddle-escape"',
  '{"a":1} trailing',
  "{'single':'quotes'}",
  '{"levelId":"saddle-escape","levelId":"other"}',
  '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), // deeper than any schema
  `{"x":"${'y'.repeat(80_000)}"}`,
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"a":"<invalid UTF-8>"}
  '{"__proto__":{"polluted":true}}',
];

/** An object nested `depth` levels deep. */
export function nested(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** Every path in a JSON value, parents before children (arrays by index). */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** The value at `path`. */
export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

/** A deep copy of `value` with `replacement` at `path`. */
export function setAt<T>(value: T, path: readonly (string | number)[], replacement: unknown): T {
  const copy = structuredClone(value) as unknown;
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = replacement;
  return copy as T;
}

/** `count` items of `list` for the i-th path, rotating so every item is used across paths. */
export function rotation<T>(list: readonly T[], i: number, count: number): T[] {
  return Array.from({ length: Math.min(count, list.length) }, (_, k) => list[(i * count + k) % list.length]);
}
