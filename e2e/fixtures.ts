/**
 * The suite's `test`: Playwright's, plus an automatic guard that fails any test during which a
 * page reported a Content-Security-Policy violation (the site must run under its own policy).
 * It covers the `page`/`context` fixtures and every context or page a test opens itself.
 * Specs import `test` and `expect` from here, never from '@playwright/test' directly.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Reports each violation to the test process (init scripts run before the page's own). */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__descentCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __descentCspViolation?: (t: string) => void }).__descentCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      // Contexts and pages the test opens itself (a second student, JavaScript off, …).
      const b = browser;
      const newContext = browser.newContext.bind(browser);
      const newPage = browser.newPage.bind(browser);
      b.newContext = async (options) => {
        const ctx = await newContext(options);
        await watchCsp(ctx, violations);
        return ctx;
      };
      b.newPage = async (options) => {
        const ctx = await b.newContext(options);
        const page = await ctx.newPage();
        page.on('close', () => void ctx.close());
        return page;
      };
      await use();
      b.newContext = newContext;
      b.newPage = newPage;
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
