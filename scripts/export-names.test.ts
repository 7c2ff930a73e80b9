import { describe, expect, it } from 'vitest';
import { exportedNames, exportIndex, sharedNames } from './export-names';

const repo = new URL('..', import.meta.url).pathname;

/**
 * Names Next.js gives a meaning by convention: a route's HTTP handlers and a page's or layout's
 * exports (each file's own, read by the framework, never imported by name).
 */
const NEXT_CONVENTIONS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'metadata', 'viewport', 'dynamic', 'runtime', 'revalidate', 'generateMetadata', 'generateStaticParams']);
const NEXT_FILE = /^app\/(.*\/)?(route|page|layout|not-found|error|loading|template)\.tsx?$/;

/**
 * Shared names still to rename, each because a file of the pair belongs to work in progress
 * elsewhere (the run explanations in engine/explain, the lessons in content/lessons). Listed with
 * their files so no third file joins them unnoticed; remove an entry once it is renamed.
 */
const PENDING: Readonly<Record<string, readonly string[]>> = {};

/** Whether a name exported from these files is allowed to repeat. */
function allowed(name: string, files: readonly string[]): boolean {
  // A default export is named by each importer, so it has no project-wide meaning.
  if (name === 'default') return true;
  if (NEXT_CONVENTIONS.has(name)) return files.every((f) => NEXT_FILE.test(f));
  const pending = PENDING[name];
  return pending !== undefined && files.every((f) => pending.includes(f));
}

describe('exported names', () => {
  it('reads a file’s own exports, not what it passes on', () => {
    const src = [
      "import { a } from './a';",
      "import * as ns from './ns';",
      'export { a, ns };',
      "export { b } from './b';",
      "export * from './c';",
      'const local = 1;',
      'export { local as renamed };',
      'export const [x, { y }] = [1, { y: 2 }];',
      'export function f() {}',
      'export default function Page() {}',
      'export type T = number;',
      'export interface I {}',
      'export class K {}',
      'export enum E { A }',
    ].join('\n');
    expect(exportedNames(src).sort()).toEqual(['E', 'I', 'K', 'T', 'default', 'f', 'renamed', 'x', 'y']);
  });

  it('can fail: finds a name exported from two files', () => {
    const index = new Map([
      ['Level', ['engine/level/schema.ts', 'components/player/Level.tsx']],
      ['only', ['engine/a.ts']],
    ]);
    expect([...sharedNames(index).keys()]).toEqual(['Level']);
    expect(allowed('Level', ['engine/level/schema.ts', 'components/player/Level.tsx'])).toBe(false);
    expect(allowed('GET', ['app/api/x/route.ts', 'components/api/client.ts'])).toBe(false);
  });

  it('gives each exported name one meaning (one exporting file, or an allowed convention)', () => {
    const index = exportIndex(repo);
    expect(index.size).toBeGreaterThan(500);
    const shared = [...sharedNames(index)].filter(([name, files]) => !allowed(name, files)).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('lists no pending name that no longer repeats', () => {
    const index = exportIndex(repo);
    expect(Object.keys(PENDING).filter((name) => (index.get(name)?.length ?? 0) < 2)).toEqual([]);
  });
});
