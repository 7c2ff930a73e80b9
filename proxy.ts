/**
 * Next's request proxy (the Next 16 name for middleware): sets the Content-Security-Policy of
 * every page and API response (app/_server/http/csp.ts chooses it by path). On pages that show
 * user content it makes a fresh nonce and passes the policy on the request too: Next reads the
 * nonce from there and puts it on every script it renders.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce, policyKind } from '@/app/_server/http/csp';

const CSP = 'content-security-policy';

export function proxy(request: NextRequest): NextResponse {
  const kind = policyKind(request.nextUrl.pathname);
  const dev = process.env.NODE_ENV === 'development';
  if (kind !== 'nonce') {
    const response = NextResponse.next();
    response.headers.set(CSP, contentSecurityPolicy(kind, { dev }));
    return response;
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy('nonce', { nonce, dev });
  const headers = new Headers(request.headers);
  headers.set(CSP, policy);
  headers.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(CSP, policy);
  return response;
}

export const config = {
  // Everything but Next's hashed static files (scripts, styles, fonts: they are not documents).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
