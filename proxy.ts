/**
 * Next's request proxy (the Next 16 name for middleware). Two jobs:
 *  1. the edition: English pages are served at unprefixed addresses by an internal rewrite to
 *     the [locale] segment's /en, Chinese ones live under /zh (app/_server/http/locale-route.ts);
 *  2. the Content-Security-Policy of every page and API response (app/_server/http/csp.ts
 *     chooses it by path). On pages that show user content it makes a fresh nonce and passes the
 *     policy on the request too: Next reads the nonce from there and puts it on every script.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce, policyKind } from '@/app/_server/http/csp';
import { hreflangHeader, isDocumentVisit, isPagePath, localeRoute, rememberCookie } from '@/app/_server/http/locale-route';
import { LOCALE_COOKIE } from '@/content/i18n/locales';

const CSP = 'content-security-policy';

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const visit = isDocumentVisit(request.headers);
  const route = localeRoute(pathname, search, request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'), visit);
  if (route.kind === 'redirect') {
    const response = NextResponse.redirect(new URL(route.to, request.url), route.status);
    if (route.remember) response.cookies.set({ ...rememberCookie, value: route.remember });
    return response;
  }
  const kind = policyKind(pathname);
  const dev = process.env.NODE_ENV === 'development';
  // Under `next start` the rewritten /en request comes through again: keep the nonce the first
  // pass gave it, so the policy sent and the nonce on the page's scripts agree.
  const given = request.headers.get('x-nonce');
  const nonce = kind === 'nonce' ? (pathname.startsWith('/en/') && given && /^[A-Za-z0-9+/=]{16,}$/.test(given) ? given : newNonce()) : undefined;
  const policy = contentSecurityPolicy(kind, { nonce, dev });
  let headers: Headers | undefined;
  if (nonce) {
    headers = new Headers(request.headers);
    headers.set(CSP, policy);
    headers.set('x-nonce', nonce);
  }
  const init = headers ? { request: { headers } } : undefined;
  const response = route.kind === 'rewrite' ? NextResponse.rewrite(new URL(route.to, request.url), init) : NextResponse.next(init);
  response.headers.set(CSP, policy);
  if (isPagePath(pathname)) response.headers.set('link', hreflangHeader(request.nextUrl.origin, pathname));
  if (route.kind === 'rewrite' && route.remember) response.cookies.set({ ...rememberCookie, value: route.remember });
  return response;
}

export const config = {
  // Everything but Next's hashed static files (scripts, styles, fonts: they are not documents).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
