/**
 * Server-render smoke test of the desk page's views (no DOM here): the data-testids the e2e page
 * object (e2e/pages/desk.ts) relies on, and the labels a screen reader reads.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { NewDesk } from './NewDesk';
import { DeskView } from './DeskView';
import DeskApp from './DeskApp';
import { withIntl } from '@/components/editor/test-intl';

describe('desk views render', () => {
  it('renders "Make my desk" and the form to open a desk', () => {
    const html = renderToString(withIntl(createElement(NewDesk, { onOpen: () => undefined })));
    for (const id of ['desk.make', 'desk.open.input', 'desk.open.button', 'desk.open.remember']) expect(html, id).toContain(`data-testid="${id}"`);
    expect(html).toContain('Make my desk');
    expect(html).toMatch(/<label for="[^"]+"[^>]*>Your desk’s secret link<\/label>/);
    // The pasted secret link is not shown in clear over a shoulder.
    expect(html).toMatch(/type="password"[^>]*data-testid="desk.open.input"/);
  });

  it('renders an open desk as loading, with the remember box and close button', () => {
    const html = renderToString(withIntl(createElement(DeskView, { deskKey: 'abcdefghij' + 'A'.repeat(32), remembered: false, onRemember: () => undefined, onClose: () => undefined })));
    for (const id of ['desk.open', 'desk.remembered', 'desk.close']) expect(html, id).toContain(`data-testid="${id}"`);
    expect(html).toContain('Loading your desk');
    expect(html).not.toContain('AAAAAAAA');
  });

  it('renders in the Chinese edition with every message found', () => {
    const html = renderToString(withIntl(createElement(NewDesk, { onOpen: () => undefined }), 'zh'));
    expect(html).toContain('创建我的工作台');
    expect(html).not.toMatch(/teacher\.[a-zA-Z]/);
  });

  it('renders the page shell before it reads the key (no key in the server HTML)', () => {
    expect(renderToString(withIntl(createElement(DeskApp)))).toContain('Opening your desk');
  });
});
