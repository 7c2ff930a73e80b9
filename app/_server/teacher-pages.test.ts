/**
 * The pages of teachers' levels and playlists, rendered to HTML on the server (React's
 * renderToString on the server components' output): titles as text, hints as sanitized Markdown,
 * the playlist's links, and notFound() for unknown slugs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import { withIntl } from '@/components/i18n/with-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import { getLevel } from '@/content/levels';
import CustomLevelPage from '@/app/[locale]/play/c/[slug]/page';
import PlaylistPage from '@/app/[locale]/p/[slug]/page';
import { closeDb, getDb } from './db/db';
import { insertCustomLevel } from './db/custom-levels';
import { insertPlaylist } from './db/playlists';

// Outside a Next request there is no server-side next-intl: the pages' getTranslations reads the
// English catalogue directly, and their client links get the provider around the render.
vi.mock('next-intl/server', () => ({
  setRequestLocale: () => undefined,
  getLocale: async () => 'en',
  getTranslations: async (opts?: string | { namespace?: string }) =>
    createTranslator({ locale: 'en', messages: CATALOGUES.en as never, namespace: (typeof opts === 'string' ? opts : opts?.namespace) as never }),
}));

let dataDir = '';
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'descent-pages-'));
  delete process.env.DATABASE_URL;
  process.env.DESCENT_DATA_DIR = path.join(dataDir, 'pglite');
});
afterAll(async () => {
  await closeDb();
  await rm(dataDir, { recursive: true, force: true });
});

const params = (slug: string) => ({ params: Promise.resolve({ slug, locale: 'en' }) });

describe('teacher pages', () => {
  it('/play/c/[slug]: title and goal as text, hints and solution as inert Markdown, 404 otherwise', async () => {
    const db = await getDb();
    const level = { ...getLevel('saddle-escape')!, title: '<i>Ours</i>', hints: ['Try **Adam** <script>alert(1)</script>'], solutionText: '[x](javascript:alert(1))' };
    await insertCustomLevel(db, 'pagelevel1', level, 'h');
    const html = renderToString(withIntl(await CustomLevelPage(params('pagelevel1'))));
    expect(html).toContain('&lt;i&gt;Ours&lt;/i&gt;');
    expect(html).toContain('<strong>Adam</strong>');
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toContain('data-slug="pagelevel1"');
    await expect(CustomLevelPage(params('nosuchlvl1'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(CustomLevelPage(params('../etc'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it('/p/[slug]: the levels in order with links that carry the playlist, 404 otherwise', async () => {
    const db = await getDb();
    await insertCustomLevel(db, 'pagelevel2', { ...getLevel('saddle-escape')!, title: 'Second' }, 'h');
    await insertPlaylist(db, 'pagelist01', 'Week <1>', [{ kind: 'builtin', id: 'saddle-escape' }, { kind: 'custom', slug: 'pagelevel2' }], 'h');
    const html = renderToString(withIntl(await PlaylistPage(params('pagelist01'))));
    expect(html).toContain('Week &lt;1&gt;');
    expect(html).toContain('href="/play/saddle-escape?list=pagelist01"');
    expect(html).toContain('href="/play/c/pagelevel2?list=pagelist01"');
    expect(html.indexOf('saddle-escape?list')).toBeLessThan(html.indexOf('pagelevel2?list'));
    await expect(PlaylistPage(params('nosuchlst1'))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
