import type { Page } from '@playwright/test';

/**
 * Resolves once every request the page had issued before the call has been reported to the test
 * (its `request` events fired): the page fetches a marker address and this waits for that
 * request's response. A page's requests are reported in the order it issues them, so a check
 * that "nothing was sent" made afterwards is a check on state, not on how long one waited.
 */
export async function afterPendingRequests(page: Page): Promise<void> {
  const marker = `/api/health?marker=${Date.now().toString(36)}`;
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(marker)),
    page.evaluate((url) => fetch(url, { cache: 'no-store' }).then((r) => r.status), marker),
  ]);
}
