import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { test, expect } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';
import { LiveClassPage } from './pages/live';
import { PlaylistStudentPage } from './pages/playlist';
import { PlayerPage } from './pages/player';
import { WEBGL_ARGS, chromiumPath, screenshotPath } from './browsers';

// WebGL on SwiftShader, as the player specs: the student plays in the real player.
test.use({ launchOptions: { executablePath: chromiumPath(), args: WEBGL_ARGS } });

/** Makes a playlist through the API; its slug and edit token. */
async function makePlaylist(request: APIRequestContext, origin: string, title: string) {
  const res = await request.post(`${origin}/api/playlists`, {
    data: { title, items: [{ kind: 'builtin', id: 'ravine-momentum' }, { kind: 'builtin', id: 'saddle-escape' }] },
    headers: { origin },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { slug: string; editToken: string };
}

/** Milliseconds from `since` until the run's path is drawn on the live page. */
async function shownAfter(live: LiveClassPage, runId: string, since: number): Promise<number> {
  await expect(live.path(runId)).toHaveCount(1, { timeout: 10_000 });
  return Date.now() - since;
}

test.describe('the live class view', () => {
  test('a teacher watches a student’s run arrive within 2 s, names hidden until shown', async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    const origin = baseURL!;
    const list = await makePlaylist(page.request, origin, 'Live lesson');
    const live = new LiveClassPage(page);
    await live.open(origin, list.slug, list.editToken);
    await expect(live.title).toHaveText('Live lesson');
    await expect(live.empty).toBeVisible();
    await expect(live.level('ravine-momentum')).toHaveAttribute('data-runs', '0');

    // A student, in a browser of their own, plays level 1 from the playlist in the real player.
    const studentCtx = await browser.newContext();
    const student = await studentCtx.newPage();
    const shared = new PlaylistStudentPage(student);
    await shared.goto(`/p/${list.slug}`);
    await shared.open(0);
    const player = new PlayerPage(student);
    let submissions = 0;
    student.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/runs')) submissions++;
    });
    await player.waitReady();
    await player.setNickname('e2e-live-ada');
    await player.selectOptimizer('Momentum');
    await player.setSliderTick('lr', 766);
    await player.setSliderTick('momentum', 909);
    const submitted = student.waitForResponse((r) => r.url().endsWith('/api/runs') && r.request().method() === 'POST');
    await player.launchAndFinish();
    const response = await submitted;
    const at = Date.now();
    expect(response.status()).toBe(201);
    const run = (await response.json()) as { id: string; stars: number };
    const ms = await shownAfter(live, run.id, at);
    expect(ms).toBeLessThan(2000);
    console.log(`live view: the student's run was drawn ${ms} ms after the server answered the submission`);

    // The table: one student, numbered (names hidden), with the stars the server gave.
    await expect(live.rows).toHaveCount(1);
    await expect(live.names).toHaveText(['Student 1']);
    await expect(live.cells('Student 1').first()).toHaveAttribute('data-stars', String(run.stars));
    await expect(page.getByText('e2e-live-ada')).toHaveCount(0);
    // One run, one submission: reaching the end of a run again (skip, seek) does not resubmit it.
    await player.page.evaluate(() => window.__descent?.finish());
    await expect(live.arrived).toHaveAttribute('data-count', '1');
    expect(submissions).toBe(1);
    await live.showNames.check();
    await expect(live.names).toHaveText(['e2e-live-ada']);
    await expect(live.level('ravine-momentum')).toHaveAttribute('data-runs', '1');
    await page.screenshot({ path: screenshotPath('live-class.png'), fullPage: true });

    // A reload starts from the snapshot: the run is there once.
    await page.reload();
    await expect(live.status).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
    await expect(live.path(run.id)).toHaveCount(1);
    await expect(live.arrived).toHaveAttribute('data-count', '0');

    // The share link and a wrong key open nothing.
    await page.goto(`/create/playlist/${list.slug}/live`);
    await expect(live.refused).toBeVisible();
    await page.goto(`/create/playlist/${list.slug}/live#token=${'x'.repeat(32)}`);
    await expect(live.refused).toContainText('refused');
    await studentCtx.close();
  });
});

// ---- Two app instances on one Postgres (CI starts Postgres: TEST_DATABASE_URL) ----

const PG = process.env.TEST_DATABASE_URL?.trim();

/** Starts the built app on `port` with `env`; resolves once it answers. */
async function startInstance(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited: ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`instance on ${port} did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function withSchema<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const schema = `descent_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(PG!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

test.describe('the live class view across instances', () => {
  test.skip(!PG, 'needs a Postgres server (TEST_DATABASE_URL; CI starts one)');

  test('a run submitted to one instance appears on a live page served by the other', async ({ page }) => {
    test.setTimeout(180_000);
    await withSchema(async (url) => {
      const env = { DATABASE_URL: url, DESCENT_SIM_THREADS: '0' };
      const [a, b] = await Promise.all([startInstance(3201, env), startInstance(3202, env)]);
      try {
        const A = 'http://127.0.0.1:3201';
        const B = 'http://127.0.0.1:3202';
        const list = await makePlaylist(page.request, A, 'Two instances');
        const live = new LiveClassPage(page as Page);
        await live.open(B, list.slug, list.editToken);
        await expect(live.empty).toBeVisible();
        const res = await page.request.post(`${A}/api/runs`, {
          data: { levelId: 'saddle-escape', playlist: list.slug, settings: { optimizer: 'adam', lr: 0.05 }, nickname: 'e2e-two' },
          headers: { origin: A },
        });
        const at = Date.now();
        expect(res.status()).toBe(201);
        const run = (await res.json()) as { id: string };
        const ms = await shownAfter(live, run.id, at);
        expect(ms).toBeLessThan(2000);
        console.log(`two instances: a run stored on A was drawn on B's live page ${ms} ms later`);
      } finally {
        a.kill('SIGTERM');
        b.kill('SIGTERM');
      }
    });
  });
});
