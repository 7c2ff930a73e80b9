import { describe, expect, it } from 'vitest';
import type { LiveRun, LiveSnapshot } from '@/content/contracts/live';
import { LIVE_RUNS_PER_LEVEL } from '@/content/contracts/live';
import { classRows, fromSnapshot, studentLabel, withRun } from './live-state';
import { tEn } from '@/components/editor/test-intl';

const level = (levelId: string, position: number) => ({ position, levelId, title: levelId, map: null, axes: ['x', 'y'] as [string, string], landmarks: [], start: [0, 0] as [number, number], goal: null });
const run = (id: string, levelId: string, nickname: string | null, stars: number, at: number, over: Partial<LiveRun> = {}): LiveRun => ({
  id,
  levelId,
  nickname,
  stars,
  score: stars * 300,
  outcome: stars ? 'reached-goal' : 'stalled',
  assisted: false,
  path: [0, 0, 1, 1],
  createdAt: new Date(Date.UTC(2026, 11, 3, 10, 0, at)).toISOString(),
  ...over,
});
const snap: LiveSnapshot = {
  slug: 'abcdefghij',
  title: 'Week 3',
  published: true,
  levels: [level('saddle-escape', 1), level('c/k3x9q0b7mz', 2)],
  best: [{ levelId: 'saddle-escape', nickname: 'Ada', attempts: 2, bestStars: 2, bestScore: 640 }],
  runs: [run('r1', 'saddle-escape', 'Ada', 1, 1), run('r2', 'saddle-escape', 'Ada', 2, 2)],
  at: '2026-12-03T10:00:05.000Z',
};

describe('the live view state', () => {
  it('starts from the snapshot: swarms newest first, bests, students in order met', () => {
    const s = fromSnapshot(snap);
    expect(s.swarms.get('saddle-escape')!.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(s.swarms.get('c/k3x9q0b7mz')).toEqual([]);
    expect(classRows(s)).toEqual([{ key: 'Ada', cells: [snap.best[0], null] }]);
  });

  it('folds a run in once: attempts +1, best stars and score are maxima, the swarm gains its path', () => {
    let s = fromSnapshot(snap);
    s = withRun(s, run('r3', 'saddle-escape', 'Ada', 3, 3));
    s = withRun(s, run('r4', 'c/k3x9q0b7mz', 'Bo', 0, 4));
    s = withRun(s, run('r4', 'c/k3x9q0b7mz', 'Bo', 0, 4)); // the same event again
    s = withRun(s, run('r2', 'saddle-escape', 'Ada', 2, 2)); // already in the snapshot
    s = withRun(s, run('r5', 'other-level', 'Cy', 3, 5)); // not on this playlist
    expect(s.arrived).toBe(2);
    expect(s.latest).toBe('r4');
    const rows = classRows(s);
    expect(rows.map((r) => r.key)).toEqual(['Ada', 'Bo']);
    expect(rows[0].cells[0]).toMatchObject({ attempts: 3, bestStars: 3, bestScore: 900 });
    expect(rows[1].cells).toEqual([null, { levelId: 'c/k3x9q0b7mz', nickname: 'Bo', attempts: 1, bestStars: 0, bestScore: 0 }]);
    expect(s.swarms.get('saddle-escape')!.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
  });

  it('an assisted run counts as an attempt but not as a best score', () => {
    const s = withRun(fromSnapshot(snap), run('r9', 'saddle-escape', 'Ada', 0, 9, { assisted: true, score: 990 }));
    expect(classRows(s)[0].cells[0]).toMatchObject({ attempts: 3, bestStars: 2, bestScore: 640 });
  });

  it('keeps at most the latest runs per level, whatever order they arrive in', () => {
    let s = fromSnapshot(snap);
    for (let i = 0; i < LIVE_RUNS_PER_LEVEL + 10; i++) s = withRun(s, run(`n${i}`, 'saddle-escape', `P${i % 7}`, 1, 100 - i));
    const swarm = s.swarms.get('saddle-escape')!;
    expect(swarm).toHaveLength(LIVE_RUNS_PER_LEVEL);
    expect(swarm[0].id).toBe('n0');
    expect([...swarm].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))).toEqual(swarm);
  });

  it('hides nicknames unless shown: students are numbered in the order met', () => {
    let s = fromSnapshot(snap);
    s = withRun(s, run('r6', 'saddle-escape', 'Zed', 1, 6));
    s = withRun(s, run('r7', 'saddle-escape', null, 1, 7));
    expect(classRows(s).map((r) => studentLabel(s, r.key, false, tEn))).toEqual(['Student 1', 'Student 2', 'No name given']);
    expect(classRows(s).map((r) => studentLabel(s, r.key, true, tEn))).toEqual(['Ada', 'Zed', 'No name given']);
  });
});
