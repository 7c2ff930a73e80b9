import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localePath, splitLocale } from './locales';

describe('editions in paths', () => {
  it.each([
    ['/', 'en', '/'],
    ['/learn/saddle-points', 'en', '/learn/saddle-points'],
    ['/zh', 'zh', '/'],
    ['/zh/learn/saddle-points', 'zh', '/learn/saddle-points'],
    ['/en/play', 'en', '/play'],
    ['/zhx', 'en', '/zhx'],
  ])('splitLocale(%s) → %s %s', (path, locale, rest) => {
    expect(splitLocale(path)).toEqual({ locale, path: rest });
  });

  it.each([
    ['en', '/learn', '/learn'],
    ['zh', '/learn', '/zh/learn'],
    ['zh', '/', '/zh'],
    ['zh', '/play/x?lr=0.1#a', '/zh/play/x?lr=0.1#a'],
    ['zh', '/zh/learn', '/zh/learn'],
    ['zh', '/api/runs', '/api/runs'],
    ['zh', '#anchor', '#anchor'],
    ['zh', 'https://example.org/x', 'https://example.org/x'],
    ['zh', '//cdn.example/x', '//cdn.example/x'],
  ] as const)('localePath(%s, %s) → %s', (locale, path, out) => {
    expect(localePath(locale, path)).toBe(out);
  });

  it('round trip: every page path splits back to itself in both editions', () => {
    for (const p of ['/', '/learn', '/play/ravine-momentum', '/glossary', '/create/edit/abc']) {
      for (const l of ['en', 'zh'] as const) expect(splitLocale(localePath(l, p))).toEqual({ locale: l, path: p });
    }
  });
});

describe('Accept-Language on a first visit', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-TW', 'zh'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr;q=1, zh;q=0.5, en;q=0.4', 'zh'],
    ['en;q=0.2, zh;q=0.7', 'zh'],
    ['zh;q=0', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
