import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph, folderOf, importsOf, LAYER } from './import-graph';

const repo = new URL('..', import.meta.url).pathname;

describe('the folder-level import graph', () => {
  const graph = folderGraph(repo);

  it('reads every kind of import and names folders as the check means them', () => {
    const src = `import a from '@/engine';\nimport type { B } from "../player/types";\nexport { c } from './c';\nconst d = await import('@/components/gpu/source');\nimport '@/app/globals.css';`;
    expect(importsOf(src)).toEqual(['@/engine', '../player/types', './c', '@/components/gpu/source', '@/app/globals.css']);
    expect(folderOf('components/player/PlayerApp.tsx')).toBe('components/player');
    expect(folderOf('engine/optim/adam.ts')).toBe('engine');
    expect(folderOf('app/_server/db/runs.ts')).toBe('app/_server');
    expect(folderOf('app/play/[levelId]/page.tsx')).toBe('app/pages');
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', new Map([['b', 'x']])],
      ['b', new Map([['c', 'y']])],
      ['c', new Map([['a', 'z']])],
      ['d', new Map([['a', 'w']])],
    ]);
    expect(cyclesOf(g)).toEqual([['a', 'b', 'c']]);
  });

  it('has the edges it should (the scan sees the code)', () => {
    expect(graph.get('components/player')?.has('components/scene')).toBe(true);
    expect(graph.get('components/scene')?.has('engine')).toBe(true);
  });

  it('has no cycle between folders', () => {
    const cycles = cyclesOf(graph).map((scc) =>
      scc.flatMap((a) => [...(graph.get(a) ?? [])].filter(([b]) => scc.includes(b)).map(([b, example]) => `${a} → ${b} (${example})`)),
    );
    expect(cycles).toEqual([]);
  });

  it('points one way: engine ← content ← components ← app', () => {
    const against: string[] = [];
    for (const [from, targets] of graph) {
      for (const [to, example] of targets) {
        if (LAYER[to.split('/')[0]] > LAYER[from.split('/')[0]]) against.push(`${from} → ${to} (${example})`);
      }
    }
    expect(against).toEqual([]);
  });
});
