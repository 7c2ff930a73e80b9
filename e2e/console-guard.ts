import type { Page } from '@playwright/test';

/**
 * Collects console errors and uncaught page errors from the moment it is attached.
 * A spec asserts `guard.errors` is empty at the end.
 */
export function guardConsole(page: Page, allow: readonly RegExp[] = []): { errors: string[] } {
  const errors: string[] = [];
  const allowed = (text: string) => allow.some((re) => re.test(text));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !allowed(msg.text())) errors.push(`console: ${msg.text()} at ${msg.location().url}`);
  });
  page.on('pageerror', (err) => {
    if (!allowed(err.message)) errors.push(`pageerror: ${err.message}`);
  });
  return { errors };
}
