import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, policyKind, scriptSrcOf } from './csp';

interface Header { key: string; value: string }
/** next.config.mjs, loaded at run time (plain JS: no types to import). */
async function nextConfigModule(): Promise<{ default: { headers(): Promise<unknown> }; SECURITY_HEADERS: Header[] }> {
  return import(/* @vite-ignore */ new URL('../../../next.config.mjs', import.meta.url).href);
}

describe('Content-Security-Policy by path', () => {
  it('gives pages with user content a nonce policy, lessons a fixed one, the API none', () => {
    for (const p of ['/create', '/desk', '/create/edit/abc', '/create/playlist/xyz', '/play/c/my-level', '/p/class-1', '/runs/AbCd12', '/explain/saddle-escape']) {
      expect(policyKind(p), p).toBe('nonce');
    }
    for (const p of ['/', '/learn', '/learn/saddle-points', '/play', '/play/saddle-escape', '/glossary', '/createx', '/desks', '/player']) {
      expect(policyKind(p), p).toBe('static');
    }
    for (const p of ['/api/runs', '/api/explain/x', '/api']) expect(policyKind(p), p).toBe('api');
  });

  it('never allows inline or eval scripts on a nonce page, and names the nonce', () => {
    const nonce = newNonce();
    const script = scriptSrcOf(contentSecurityPolicy('nonce', { nonce }));
    expect(script).toContain(`'nonce-${nonce}'`);
    expect(script).not.toContain(`'unsafe-inline'`);
    expect(script).not.toContain(`'unsafe-eval'`);
    expect(script).toContain(`'wasm-unsafe-eval'`);
  });

  it('makes a different 128-bit nonce each time and refuses a policy without one', () => {
    const a = newNonce();
    expect(atob(a)).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
    expect(() => contentSecurityPolicy('nonce')).toThrow(/nonce/);
    expect(() => contentSecurityPolicy('nonce', { nonce: `x' 'unsafe-inline` })).toThrow(/nonce/);
  });

  it('forbids framing, plugins and foreign form targets everywhere; eval only under next dev', () => {
    for (const kind of ['nonce', 'static', 'api'] as const) {
      const policy = contentSecurityPolicy(kind, { nonce: newNonce() });
      expect(policy).toContain(`frame-ancestors 'none'`);
      expect(scriptSrcOf(policy)).not.toContain(`'unsafe-eval'`);
      if (kind !== 'api') expect(policy).toContain(`object-src 'none'`);
    }
    expect(contentSecurityPolicy('api')).toMatch(/^default-src 'none'/);
    expect(scriptSrcOf(contentSecurityPolicy('static', { dev: true }))).toContain(`'unsafe-eval'`);
  });
});

describe('next.config security headers', () => {
  it('sends nosniff, no framing, the referrer and a restrictive permissions policy on every path', async () => {
    const { default: nextConfig, SECURITY_HEADERS } = await nextConfigModule();
    const keys = Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
    expect(keys['x-content-type-options']).toBe('nosniff');
    expect(keys['x-frame-options']).toBe('DENY');
    expect(keys['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(keys['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    const rules = await nextConfig.headers();
    expect(rules).toEqual([{ source: '/:path*', headers: SECURITY_HEADERS }]);
  });
});
