/**
 * Where proxy.ts sends a request for a page, by edition (content/i18n/locales.ts):
 *  - /zh and /zh/… are the Chinese edition and render as they are (the [locale] segment is zh);
 *  - every other page path is English, rendered by an internal rewrite to /en/… (the browser
 *    keeps the unprefixed address); /en/… itself is that rewrite and passes (its pages name the
 *    unprefixed address as theirs in hreflang);
 *  - the home page "/" on a first visit (no remembered choice) follows Accept-Language once:
 *    a reader who prefers Chinese is sent to /zh, and either way the choice is remembered, so it
 *    never happens again and never loops. No other address is ever redirected by language.
 * API routes, development pages, Next's files and anything with a file extension are not pages.
 */
import { HTML_LANG, LOCALES, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, localePath, splitLocale, type Locale } from '@/content/i18n/locales';

/** What to do with a request. */
export type LocaleRoute =
  | { readonly kind: 'pass' }
  | { readonly kind: 'rewrite'; readonly to: string; readonly remember?: Locale }
  | { readonly kind: 'redirect'; readonly to: string; readonly status: 307 | 308; readonly remember?: Locale };

/** Whether a path is a page of the site (not an API route, a dev page, a Next or public file). */
export function isPagePath(pathname: string): boolean {
  if (/^\/(api|dev|_next)(\/|$)/.test(pathname)) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

/**
 * The route of a request: its path, query string (with "?"), remembered edition and
 * Accept-Language. `visit`: a person's navigation to a document, not the router's prefetch or
 * data request (those must never decide or remember an edition: a prefetch of "/" would).
 */
export function localeRoute(pathname: string, search: string, cookie: string | undefined, acceptLanguage: string | null, visit = true): LocaleRoute {
  if (!isPagePath(pathname)) return { kind: 'pass' };
  // Already in an edition's segment: /zh/… as addressed, /en/… the English rewrite itself (under
  // `next start` the proxy sees the rewritten request again: redirecting it would loop).
  if (/^\/(zh|en)(\/|$)/.test(pathname)) return { kind: 'pass' };
  if (pathname === '/' && visit && !isLocale(cookie)) {
    const first = localeFromAcceptLanguage(acceptLanguage);
    if (first === 'zh') return { kind: 'redirect', to: `/zh${search}`, status: 307, remember: 'zh' };
    return { kind: 'rewrite', to: `/en${search}`, remember: 'en' };
  }
  return { kind: 'rewrite', to: `/en${pathname === '/' ? '' : pathname}${search}` };
}

/** Whether a request is a person's visit to a page (not Next's prefetch or RSC data fetch). */
export function isDocumentVisit(headers: Headers): boolean {
  if (headers.get('rsc') || headers.get('next-router-prefetch') || headers.get('purpose') === 'prefetch') return false;
  const dest = headers.get('sec-fetch-dest');
  return dest === null || dest === 'document';
}

/** The cookie header value that remembers an edition for a year. */
export const rememberCookie = { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, path: '/', sameSite: 'lax' as const };

/**
 * The page's addresses in both editions as an HTTP Link header (hreflang en, zh-CN and
 * x-default → English), absolute as search engines require: the proxy knows the origin, a
 * static page does not.
 */
export function hreflangHeader(origin: string, pathname: string): string {
  const { path } = splitLocale(pathname);
  const at = (l: Locale) => `${origin}${localePath(l, path)}`;
  return [
    ...LOCALES.map((l) => `<${at(l)}>; rel="alternate"; hreflang="${HTML_LANG[l]}"`),
    `<${at('en')}>; rel="alternate"; hreflang="x-default"`,
  ].join(', ');
}
