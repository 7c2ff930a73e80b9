/**
 * The project's folder-level import graph, for the architecture check (scripts/import-graph.test.ts):
 * each source file's imports resolved to folders (`components/player`, `app/_server`, `engine`,
 * `content`, …), so a cycle between folders or an arrow against the layering
 * (engine ← content ← components ← app) shows up as data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['engine', 'content', 'components', 'app'] as const;
const SOURCE = /\.(ts|tsx|mts|mjs)$/;

/** The layer of a top-level folder (lower may not import higher). */
export const LAYER: Readonly<Record<string, number>> = { engine: 0, content: 1, components: 2, app: 3 };

/** The folder a repo-relative file belongs to: `engine` and `content` whole, else two levels. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'engine' || parts[0] === 'content') return parts[0];
  if (parts[0] === 'app') return parts[1] === '_server' || parts[1] === 'api' ? `app/${parts[1]}` : 'app/pages';
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (SOURCE.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(full);
  }
}

/** Import specifiers of a file's source (static, dynamic and re-exports; type-only included). */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Resolves a specifier from `file` to a repo-relative path, or null for packages. */
export function resolveSpecifier(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return null;
}

/** folder → folders it imports (files in the same folder are not edges), with one example each. */
export function folderGraph(repo: string): Map<string, Map<string, string>> {
  const files: string[] = [];
  for (const root of ROOTS) walk(path.join(repo, root), files);
  const graph = new Map<string, Map<string, string>>();
  for (const full of files) {
    const file = path.relative(repo, full).split(path.sep).join('/');
    const from = folderOf(file);
    for (const spec of importsOf(readFileSync(full, 'utf8'))) {
      const target = resolveSpecifier(file, spec);
      if (!target || !ROOTS.some((r) => target === r || target.startsWith(`${r}/`))) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${file} → ${spec}`);
    }
  }
  return graph;
}

/** The strongly connected components with more than one folder (Tarjan). */
export function cyclesOf(graph: Map<string, Map<string, string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}
