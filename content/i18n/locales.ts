/**
 * The site's languages and how a path names one. English lives at today's addresses; the
 * Simplified Chinese edition is the same path under /zh (/zh, /zh/learn/<slug>, /zh/play/<id>…).
 * Plain data and string functions: the proxy (edge), the server and the client all use them.
 */

/** Every edition, the default first. */
export const LOCALES = ['en', 'zh'] as const;

/** An edition of the site. */
export type Locale = (typeof LOCALES)[number];

/** The edition at unprefixed addresses. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie that remembers a person's choice of edition. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** `<html lang>` and hreflang of each edition. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-CN' };

/** Each edition's name in its own language (the language switch). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', zh: '简体中文' };

/** Whether a string names an edition. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Splits a request path into its edition and the edition-free path: "/zh/learn" → zh, "/learn".
 * "/en/…" is how the proxy's internal rewrite names an English page; it reads as English too.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/(zh|en)(?=\/|$)(.*)$/.exec(pathname);
  if (!m) return { locale: DEFAULT_LOCALE, path: pathname || '/' };
  return { locale: m[1] as Locale, path: m[2] || '/' };
}

/**
 * The address of an edition-free path in an edition: ("zh", "/learn") → "/zh/learn",
 * ("zh", "/") → "/zh", ("en", "/learn") → "/learn". Anything that is not a site path (external
 * links, "#anchors", "?query" only) is returned unchanged; a path already in /zh is not prefixed twice.
 */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith('/') || path.startsWith('//')) return path;
  if (/^\/zh(?=[/?#]|$)/.test(path) || /^\/(api|dev|_next)(?=[/?#]|$)/.test(path)) return path;
  return path === '/' ? '/zh' : `/zh${path.startsWith('/?') || path.startsWith('/#') ? path.slice(1) : path}`;
}

/**
 * Which edition a first visit to the home page should see, from its Accept-Language header:
 * zh when Chinese (any zh-* tag) is preferred over English, else en.
 */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/** The edition a route parameter names; anything else is the default (English). */
export function editionOf(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
