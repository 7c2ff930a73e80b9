/** The PGlite data folder is private (issue 11): the folder 0700, every file in it 0600. */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from './db';

async function modes(dir: string): Promise<{ dirs: number[]; files: number[] }> {
  const out = { dirs: [] as number[], files: [] as number[] };
  const stack = [dir];
  while (stack.length) {
    const at = stack.pop()!;
    out.dirs.push((await stat(at)).mode & 0o777);
    for (const e of await readdir(at, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(path.join(at, e.name));
      else if (e.isFile()) out.files.push((await stat(path.join(at, e.name))).mode & 0o777);
    }
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('PGlite data folder modes', () => {
  it('a fresh data folder: 0700 folders, 0600 files, after opening and after closing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'descent-modes-'));
    const dir = path.join(root, 'pglite');
    try {
      const db = await openDb({ driver: 'pglite', dataDir: dir });
      const open = await modes(dir);
      expect(open.files.length).toBeGreaterThan(10);
      expect(new Set(open.dirs)).toEqual(new Set([0o700]));
      expect(new Set(open.files)).toEqual(new Set([0o600]));
      await db.query('CREATE TABLE mode_probe (x int)');
      await db.close();
      const closed = await modes(dir);
      expect(new Set(closed.dirs)).toEqual(new Set([0o700]));
      expect(new Set(closed.files)).toEqual(new Set([0o600]));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
