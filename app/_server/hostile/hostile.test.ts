/**
 * The hostile-input suite (issue 11): every route, on PGlite and (with TEST_DATABASE_URL) on
 * Postgres, gets the corpus of ./corpus.ts in place of each field of a valid body, whole bodies
 * that are not requests, and hostile path and query parameters. Asserted for every answer: no
 * 5xx; a refusal is a 4xx with an error message that names the field at fault (or a parent of
 * it; 413 for size is about the whole body); a refused write stores nothing; text that is
 * accepted is stored as sent (NFC); no prototype is polluted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { POST as postRun } from '@/app/api/runs/route';
import { GET as getRunRoute } from '@/app/api/runs/[id]/route';
import { GET as getBoard } from '@/app/api/levels/[levelId]/leaderboard/route';
import { GET as explainRoute } from '@/app/api/explain/[levelId]/route';
import { POST as publish } from '@/app/api/custom-levels/route';
import { GET as getLevelRoute, PUT as putLevel } from '@/app/api/custom-levels/[slug]/route';
import { GET as levelResults } from '@/app/api/custom-levels/[slug]/results/route';
import { POST as postPlaylist } from '@/app/api/playlists/route';
import { GET as getPlaylist, PUT as putPlaylist } from '@/app/api/playlists/[slug]/route';
import { GET as playlistResults } from '@/app/api/playlists/[slug]/results/route';
import { PUT as putProgress } from '@/app/api/progress/route';
import { closeDb, setDb } from '../db/db';
import { countCustomLevels } from '../db/custom-levels';
import { countPlaylists } from '../db/playlists';
import { countRuns } from '../db/runs';
import { TEST_DRIVERS, type TestDb } from '../db/test-drivers';
import { CLIENT_IP_HEADER } from '@/scripts/client-address.mjs';
import { BAD_BODIES, ODD_TEXT, WRONG_VALUES, getAt, pathsOf, rotation, setAt } from './corpus';

let ip = 0;
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const PID = 'descent_pid=BBBBBBBBBBBBBBBBBBBBBB';

function req(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Request {
  ip++;
  const raw: BodyInit | undefined = body === undefined ? undefined : typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : JSON.stringify(body);
  return new Request(`http://localhost${url}`, {
    method,
    body: raw,
    headers: { host: 'localhost', 'content-type': 'application/json', cookie: PID, [CLIENT_IP_HEADER]: `10.66.${(ip >> 8) & 255}.${ip & 255}`, ...headers },
  });
}
const validHeader = (v: string) => {
  try {
    new Headers({ authorization: v });
    return true;
  } catch {
    return false;
  }
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const levelDoc = () => ({ ...getLevel('saddle-escape')!, id: 'hostile-saddle', title: 'Hostile saddle' });

interface WriteRoute {
  readonly name: string;
  readonly valid: () => Record<string, unknown>;
  readonly send: (body: unknown) => Promise<Response>;
  /** Paths not mutated (e.g. a whole landscape document: its own fuzz tests live in engine/). */
  readonly skip?: (path: string) => boolean;
  /** Mutations per path (the corpus rotates over paths); heavier routes take fewer. */
  readonly perPath: number;
}

/** Checks one answer; returns whether it was a refusal. */
async function check(res: Response, label: string, path?: string): Promise<boolean> {
  expect(res.status, label).toBeLessThan(500);
  if (res.status < 400) return false;
  const body = (await res.json()) as { error?: unknown; field?: unknown };
  expect(typeof body.error, label).toBe('string');
  if (path && res.status !== 413 && res.status !== 429) {
    const named = typeof body.field === 'string' ? body.field : '';
    const related = named === path || named.startsWith(`${path}.`) || path.startsWith(`${named}.`) || (named === '' && String(body.error).includes(path.split('.').pop()!)) ||
      (named === '' && /^request body/.test(String(body.error))) || // about the whole body (e.g. its depth)
      // a rule across fields (a control's range against the default it must hold) names the other
      path.split('.').slice(1).some((seg) => seg.length > 2 && !/^\d+$/.test(seg) && `${named} ${String(body.error)}`.includes(seg));
    expect(related, `${label}: answered ${res.status} ${JSON.stringify(body)}`).toBe(true);
  }
  return true;
}

describe.each(TEST_DRIVERS)('hostile input on $name', (driver) => {
  let t: TestDb;
  let pub: { slug: string; editToken: string };
  let list: { slug: string; editToken: string };
  const counts = async () => ({ runs: await countRuns(t.db), levels: await countCustomLevels(t.db), playlists: await countPlaylists(t.db) });

  beforeAll(async () => {
    for (const k of ['DESCENT_RATE_LIMIT', 'DESCENT_RATE_LIMIT_PER_ADDRESS', 'DESCENT_PUBLISH_LIMIT', 'DESCENT_PUBLISH_LIMIT_PER_ADDRESS', 'DESCENT_SIMULATE_LIMIT', 'DESCENT_SIMULATE_LIMIT_PER_ADDRESS']) process.env[k] = 'off';
    t = await driver.open();
    setDb(t.db);
    pub = await (await publish(req('/api/custom-levels', 'POST', { level: levelDoc() }))).json();
    list = await (await postPlaylist(req('/api/playlists', 'POST', { title: 'Class', items: [{ kind: 'builtin', id: 'saddle-escape' }] }))).json();
    expect(pub.slug && list.slug).toBeTruthy();
  }, 60_000);
  afterAll(async () => {
    await closeDb();
  });

  const routes = (): WriteRoute[] => [
    {
      name: 'POST /api/runs (built-in level)',
      valid: () => ({ levelId: 'saddle-escape', settings: { optimizer: 'momentum', lr: 0.01, momentum: 0.9, batchSize: 8, shuffle: 'epoch' }, nickname: 'Ada' }),
      send: (b) => postRun(req('/api/runs', 'POST', b)),
      perPath: 8,
    },
    {
      name: 'POST /api/runs (level document)',
      valid: () => ({ level: levelDoc(), settings: {} }),
      send: (b) => postRun(req('/api/runs', 'POST', b)),
      skip: (p) => p.startsWith('level.landscape.'),
      perPath: 3,
    },
    {
      name: 'POST /api/custom-levels',
      valid: () => ({ level: levelDoc() }),
      send: (b) => publish(req('/api/custom-levels', 'POST', b)),
      skip: (p) => p.startsWith('level.landscape.'),
      perPath: 2,
    },
    {
      name: 'PUT /api/custom-levels/[slug]',
      valid: () => ({ level: levelDoc() }),
      send: (b) => putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', b, bearer(pub.editToken)), params({ slug: pub.slug })),
      skip: (p) => p.startsWith('level.landscape.'),
      perPath: 2,
    },
    {
      name: 'POST /api/playlists',
      valid: () => ({ title: 'Week 3', items: [{ kind: 'builtin', id: 'saddle-escape' }, { kind: 'custom', slug: pub.slug }] }),
      send: (b) => postPlaylist(req('/api/playlists', 'POST', b)),
      perPath: 10,
    },
    {
      name: 'PUT /api/playlists/[slug]',
      valid: () => ({ title: 'Week 4', items: [{ kind: 'builtin', id: 'saddle-escape' }] }),
      send: (b) => putPlaylist(req(`/api/playlists/${list.slug}`, 'PUT', b, bearer(list.editToken)), params({ slug: list.slug })),
      perPath: 10,
    },
    {
      name: 'PUT /api/progress',
      valid: () => ({ version: 1, bests: { 'saddle-escape': { score: 900, stars: 3, query: 'lr=0.1', at: '2026-12-03T00:00:00Z' } }, visited: { 'saddle-points': '2026-12-03T00:00:00Z' } }),
      send: (b) => putProgress(req('/api/progress', 'PUT', b)),
      perPath: 10,
    },
  ];

  it('each field of every write, replaced by odd text or a wrong value: no 5xx, refusals name the field and store nothing', async () => {
    for (const route of routes()) {
      const valid = route.valid();
      const ok = await route.send(valid);
      expect(ok.status, `${route.name} accepts its valid body: ${await ok.clone().text()}`).toBeLessThan(300);
      const paths = pathsOf(valid).filter((p) => !route.skip?.(p.join('.')));
      for (const [i, path] of paths.entries()) {
        const dotted = path.join('.');
        const original = getAt(valid, path);
        const values = [...rotation(WRONG_VALUES, i, route.perPath), ...(typeof original === 'string' ? rotation(ODD_TEXT, i, route.perPath) : [])];
        for (const value of values) {
          const before = await counts();
          const label = `${route.name} ${dotted} = ${JSON.stringify(value)?.slice(0, 60)}`;
          const refused = await check(await route.send(setAt(valid, path, value)), label, dotted);
          if (refused) expect(await counts(), `${label} stored something`).toEqual(before);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);

  it('odd text that is accepted comes back as sent (NFC), in a playlist title and a level hint', async () => {
    for (const text of ODD_TEXT) {
      const made = await postPlaylist(req('/api/playlists', 'POST', { title: text, items: [{ kind: 'builtin', id: 'saddle-escape' }] }));
      if (await check(made, `playlist title ${text.slice(0, 30)}`, 'title')) continue;
      const { slug } = (await made.json()) as { slug: string };
      const read = (await (await getPlaylist(req(`/api/playlists/${slug}`, 'GET'), params({ slug }))).json()) as { title: string };
      expect(read.title, text.slice(0, 30)).toBe(text.normalize('NFC').trim());
    }
    const hints = ODD_TEXT.filter((x) => x.length <= 1000).slice(0, 5);
    const made = await publish(req('/api/custom-levels', 'POST', { level: { ...levelDoc(), hints } }));
    expect(made.status).toBe(201);
    const { slug } = (await made.json()) as { slug: string };
    const read = (await (await getLevelRoute(req(`/api/custom-levels/${slug}`, 'GET'), params({ slug }))).json()) as { level: { hints: string[] } };
    expect(read.level.hints).toEqual(hints.map((h) => h.normalize('NFC')));
  }, 120_000);

  it('bodies that are not requests: 4xx with a message, nothing stored', async () => {
    const before = await counts();
    for (const body of BAD_BODIES) {
      const label = typeof body === 'string' ? body.slice(0, 50) : 'invalid UTF-8';
      const answers = [
        await postRun(req('/api/runs', 'POST', body)),
        await publish(req('/api/custom-levels', 'POST', body)),
        await putLevel(req(`/api/custom-levels/${pub.slug}`, 'PUT', body, bearer(pub.editToken)), params({ slug: pub.slug })),
        await postPlaylist(req('/api/playlists', 'POST', body)),
        await putPlaylist(req(`/api/playlists/${list.slug}`, 'PUT', body, bearer(list.editToken)), params({ slug: list.slug })),
        await putProgress(req('/api/progress', 'PUT', body)),
      ];
      for (const res of answers) {
        expect(res.status, label).toBeGreaterThanOrEqual(400);
        await check(res, label);
      }
    }
    expect(await counts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('hostile ids, tokens and query strings on the reads: no 5xx', async () => {
    const ids = ["' OR 1=1 --", '../../etc/passwd', '%00', 'a'.repeat(5000), '<script>', '学生', '\uD800', 'saddle-escape\u0000', 'c-' + pub.slug + "'"];
    const queries = ['pageSize=-1', 'pageSize=1e9', 'pageSize=abc', 'page=-5&pageSize=0', 'lr=NaN', 'lr=1e400&seed=-1', 'opt=__proto__', 'bs=0', `x=${'y'.repeat(3000)}`, 'lr=0.1&lr=0.2'];
    for (const id of ids) {
      let enc: string;
      try {
        enc = encodeURIComponent(id);
      } catch {
        enc = '%ED%A0%80'; // a lone surrogate, as a client could still put it in a URL
      }
      await check(await getRunRoute(req(`/api/runs/${enc}`, 'GET'), params({ id })), `run ${id.slice(0, 20)}`);
      await check(await getBoard(req(`/api/levels/${enc}/leaderboard`, 'GET'), params({ levelId: id })), `board ${id.slice(0, 20)}`);
      await check(await explainRoute(req(`/api/explain/${enc}`, 'GET'), params({ levelId: id })), `explain ${id.slice(0, 20)}`);
      await check(await getLevelRoute(req(`/api/custom-levels/${enc}`, 'GET'), params({ slug: id })), `level ${id.slice(0, 20)}`);
      await check(await getPlaylist(req(`/api/playlists/${enc}`, 'GET'), params({ slug: id })), `playlist ${id.slice(0, 20)}`);
      if (!validHeader(`Bearer ${id}`)) continue; // not a header value any client can send
      await check(await levelResults(req(`/api/custom-levels/${pub.slug}/results`, 'GET', undefined, bearer(id)), params({ slug: pub.slug })), `level results, token ${id.slice(0, 20)}`);
      await check(await playlistResults(req(`/api/playlists/${list.slug}/results`, 'GET', undefined, bearer(id)), params({ slug: list.slug })), `playlist results, token ${id.slice(0, 20)}`);
    }
    for (const q of queries) {
      await check(await getBoard(req(`/api/levels/saddle-escape/leaderboard?${q}`, 'GET'), params({ levelId: 'saddle-escape' })), `board ?${q.slice(0, 30)}`);
      await check(await explainRoute(req(`/api/explain/saddle-escape?${q}`, 'GET'), params({ levelId: 'saddle-escape' })), `explain ?${q.slice(0, 30)}`);
    }
  }, 300_000);
});
