import { describe, expect, it } from 'vitest';
import { hreflangHeader, isDocumentVisit, isPagePath, localeRoute } from './locale-route';
import { policyKind } from './csp';

describe('proxy routing by edition', () => {
  it('English pages are rewritten to the [locale] segment, the address unchanged', () => {
    expect(localeRoute('/learn/saddle-points', '', 'en', null)).toEqual({ kind: 'rewrite', to: '/en/learn/saddle-points' });
    expect(localeRoute('/play/x', '?lr=0.1', undefined, 'zh-CN')).toEqual({ kind: 'rewrite', to: '/en/play/x?lr=0.1' });
  });
  it('a remembered Chinese choice never redirects an explicit English address', () => {
    expect(localeRoute('/learn', '', 'zh', 'zh-CN')).toEqual({ kind: 'rewrite', to: '/en/learn' });
    expect(localeRoute('/', '', 'zh', 'zh-CN')).toEqual({ kind: 'rewrite', to: '/en' });
  });
  it('Chinese pages pass as they are', () => {
    expect(localeRoute('/zh', '', undefined, null)).toEqual({ kind: 'pass' });
    expect(localeRoute('/zh/learn/adagrad', '', 'en', 'en')).toEqual({ kind: 'pass' });
  });
  it('the home page follows Accept-Language once, and remembers either way', () => {
    expect(localeRoute('/', '', undefined, 'zh-CN,zh;q=0.9')).toEqual({ kind: 'redirect', to: '/zh', status: 307, remember: 'zh' });
    expect(localeRoute('/', '?x=1', undefined, 'en-US')).toEqual({ kind: 'rewrite', to: '/en?x=1', remember: 'en' });
    // After that first visit the cookie is set: no redirect, so never a loop.
    expect(localeRoute('/', '', 'zh', 'zh-CN').kind).toBe('rewrite');
    expect(localeRoute('/zh', '', 'zh', 'zh-CN').kind).toBe('pass');
  });
  it("the router's prefetch and data requests of / neither redirect nor remember", () => {
    expect(localeRoute('/', '', undefined, 'zh-CN', false)).toEqual({ kind: 'rewrite', to: '/en' });
    expect(isDocumentVisit(new Headers({ rsc: '1' }))).toBe(false);
    expect(isDocumentVisit(new Headers({ 'next-router-prefetch': '1' }))).toBe(false);
    expect(isDocumentVisit(new Headers({ 'sec-fetch-dest': 'empty' }))).toBe(false);
    expect(isDocumentVisit(new Headers({ 'sec-fetch-dest': 'document' }))).toBe(true);
    expect(isDocumentVisit(new Headers())).toBe(true);
  });
  it('the rewritten /en request passes (next start runs the proxy on it again: no loop)', () => {
    expect(localeRoute('/en/learn', '?a=1', undefined, null)).toEqual({ kind: 'pass' });
    expect(localeRoute('/en', '', undefined, 'zh-CN')).toEqual({ kind: 'pass' });
  });
  it('names both editions of a page, absolute, in a Link header', () => {
    const both = '<https://d.example/learn/adagrad>; rel="alternate"; hreflang="en", <https://d.example/zh/learn/adagrad>; rel="alternate"; hreflang="zh-CN", <https://d.example/learn/adagrad>; rel="alternate"; hreflang="x-default"';
    expect(hreflangHeader('https://d.example', '/learn/adagrad')).toBe(both);
    expect(hreflangHeader('https://d.example', '/zh/learn/adagrad')).toBe(both);
    expect(hreflangHeader('https://d.example', '/en/learn/adagrad')).toBe(both);
    expect(hreflangHeader('https://d.example', '/zh')).toContain('<https://d.example/>; rel="alternate"; hreflang="en"');
  });
  it('API routes, dev pages and files are not pages', () => {
    for (const p of ['/api/runs', '/dev/bench', '/_next/data/x.json', '/icon.svg', '/tfjs-wasm/tfjs-backend-wasm.wasm']) {
      expect(isPagePath(p), p).toBe(false);
      expect(localeRoute(p, '', undefined, 'zh').kind).toBe('pass');
    }
  });
  it('the Chinese edition of a user-content page gets the same nonce policy', () => {
    expect(policyKind('/zh/p/abc')).toBe('nonce');
    expect(policyKind('/zh/play/c/abc')).toBe('nonce');
    expect(policyKind('/zh/learn/adagrad')).toBe('static');
    expect(policyKind('/p/abc')).toBe('nonce');
  });
});
