/**
 * Server-render smoke test of the playlist pages' views (no DOM here): the data-testids the e2e
 * page object (e2e/pages/playlist.ts) relies on, the catalogue grouped by lesson, and the
 * reorder buttons disabled at the ends of the list.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { LEVELS } from '@/content/levels';
import { playlistCatalogue } from '@/app/[locale]/create/playlist/catalogue';
import CreatePlaylistApp from './CreatePlaylistApp';
import { PlaylistList } from './PlaylistList';
import { ResultRows } from './ResultsTable';
import { PlaylistBar } from '../player/PlaylistBar';
import { teacherT, tEn, withIntl } from './test-intl';

describe('playlist views render', () => {
  it('the catalogue lists every built-in level once, grouped by lesson', () => {
    const groups = playlistCatalogue('en', tEn);
    const ids = groups.flatMap((g) => g.levels.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LEVELS.keys()].sort());
    expect(groups[0].label).toMatch(/^Lesson 1: /);
  });

  it('the Chinese catalogue names lessons and built-in levels in Chinese, with the same levels', () => {
    const en = playlistCatalogue('en', tEn);
    const zh = playlistCatalogue('zh', teacherT('zh'));
    expect(zh.flatMap((g) => g.levels.map((l) => l.id))).toEqual(en.flatMap((g) => g.levels.map((l) => l.id)));
    expect(zh[0].label).toMatch(/^第 1 课：/);
    expect(zh[0].levels[0].title).not.toBe(en[0].levels[0].title);
    const html = renderToString(withIntl(createElement(CreatePlaylistApp, { catalogue: zh }), 'zh'));
    expect(html).toContain('创建关卡清单');
    expect(html).toContain('<optgroup label="第 1 课：');
  });

  it('renders the new-playlist page with an empty list and a disabled create button', () => {
    const html = renderToString(withIntl(createElement(CreatePlaylistApp, { catalogue: playlistCatalogue('en', tEn) })));
    for (const id of ['playlist.editor', 'playlist.editor.title', 'playlist.editor.empty', 'playlist.picker.builtin', 'playlist.picker.builtin.add', 'playlist.picker.custom', 'playlist.picker.custom.add', 'playlist.create.why']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain('<optgroup label="Lesson 1: ');
    expect(html).toContain('value="ravine-momentum"');
    expect(html).toMatch(/disabled=""[^>]*data-testid="playlist.create.button"/);
  });

  it('the list disables Up on the first level and Down on the last', () => {
    const entries = [
      { kind: 'builtin' as const, id: 'saddle-escape', title: 'Saddle' },
      { kind: 'custom' as const, slug: 'k3x9q0b7mz', title: 'Mine <b>x</b>' },
    ];
    const html = renderToString(withIntl(createElement(PlaylistList, { entries, onChange: () => {} })));
    expect(html).toContain('data-key="builtin:saddle-escape"');
    expect(html).toContain('data-key="custom:k3x9q0b7mz"');
    expect(html).toMatch(/disabled=""[^>]*aria-label="Move “Saddle” up"/);
    expect(html).toMatch(/disabled=""[^>]*aria-label="Move “Mine &lt;b&gt;x&lt;\/b&gt;” down"/);
    expect(html).not.toContain('<b>x</b>');
  });

  it('result rows render as a table with the given test ids', () => {
    const html = renderToString(withIntl(createElement(ResultRows, { rows: [{ nickname: 'Ada', attempts: 2, bestStars: 3, bestScore: 912 }], testId: 'playlist.results' })));
    expect(html).toContain('data-testid="playlist.results.table"');
    expect(html).toContain('data-testid="playlist.results.row"');
    expect(html).toContain('★★★');
  });

  it('the playlist bar renders nothing on the server (the ?list slug is read in the browser)', () => {
    expect(renderToString(withIntl(createElement(PlaylistBar, { current: 'saddle-escape' })))).toBe('');
  });
});
