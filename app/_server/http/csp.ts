/**
 * The Content-Security-Policy of every response, chosen by path (proxy.ts applies it):
 *  - pages that show user content (custom levels, playlists, runs, explanations, the editor) are
 *    rendered per request anyway, so they get a fresh nonce and a `script-src` with neither
 *    'unsafe-inline' nor 'unsafe-eval': a script injected through teacher text cannot run;
 *  - static pages (lessons, built-in levels, glossary) are prerendered once, so no per-request
 *    nonce can reach their inline hydration scripts; they show no user content and keep a fixed
 *    policy that allows the inline scripts Next writes;
 *  - API routes answer data, never documents to render: `default-src 'none'`.
 * Everywhere: 'wasm-unsafe-eval' (TF.js's wasm backend compiles WebAssembly), inline styles
 * (KaTeX and React set style attributes), no plugins, no framing, no foreign form targets.
 * The other security headers (nosniff, framing, referrer, permissions) are set for every path in
 * next.config.mjs.
 */

import { splitLocale } from '@/content/i18n/locales';

/** Which policy a path gets. */
export type PolicyKind = 'nonce' | 'static' | 'api';

/** Pages rendered per request that show what users wrote (see the build's ƒ routes). */
const USER_CONTENT_PAGES: readonly RegExp[] = [
  /^\/create(?:\/|$)/, // the level editor, editing a published level, the playlist editors
  /^\/desk(?:\/|$)/, // the teacher's desk (its levels' and playlists' titles)
  /^\/play\/c\//, // custom levels
  /^\/p\//, // playlists
  /^\/runs\//, // stored runs and their explanations
  /^\/explain\//, // explanation pages
];

/** The policy kind of a request path. */
export function policyKind(pathname: string): PolicyKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  // Both editions: /zh/p/… is the same page as /p/… (content/i18n/locales.ts).
  const { path } = splitLocale(pathname);
  return USER_CONTENT_PAGES.some((re) => re.test(path)) ? 'nonce' : 'static';
}

/** A fresh base64 nonce of 128 random bits. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

/** The directives every page shares; `script` is the page kind's script-src. */
function pagePolicy(script: string): string {
  return [
    `default-src 'self'`,
    `script-src ${script}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * The Content-Security-Policy header value. `nonce` is required for the 'nonce' kind; `dev`
 * adds what `next dev` needs (its refresh runtime evaluates code), never in a production build.
 */
export function contentSecurityPolicy(kind: PolicyKind, opts: { nonce?: string; dev?: boolean } = {}): string {
  const devEval = opts.dev ? ` 'unsafe-eval'` : '';
  if (kind === 'api') return `default-src 'none'; frame-ancestors 'none'`;
  if (kind === 'static') return pagePolicy(`'self' 'unsafe-inline' 'wasm-unsafe-eval'${devEval}`);
  if (!opts.nonce || !/^[A-Za-z0-9+/=]{16,}$/.test(opts.nonce)) throw new Error('a nonce policy needs a base64 nonce');
  return pagePolicy(`'self' 'nonce-${opts.nonce}' 'wasm-unsafe-eval'${devEval}`);
}

/** The `script-src` directive of a policy (for tests and checks). */
export function scriptSrcOf(policy: string): string {
  return policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
}
