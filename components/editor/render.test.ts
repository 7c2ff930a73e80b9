/**
 * Server-render smoke test of the editor (no DOM here): every section renders from a new
 * draft and from a fork, with the data-testids the e2e page object relies on.
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import CreateEditor from './CreateEditor';
import { getLevel } from '@/content/levels';
import { withIntl } from './test-intl';

describe('editor render', () => {
  it('renders every section of a new level', () => {
    const html = renderToString(withIntl(createElement(CreateEditor, { from: null })));
    for (const id of ['editor.landscape', 'editor.terrain', 'editor.goal', 'editor.controls', 'editor.text', 'editor.calibrate', 'editor.publish', 'editor.file', 'editor.testplay', 'editor.unlock.lr', 'editor.range.lr.min', 'editor.preview']) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain('data-valid="true"');
    expect(html).toMatch(/data-testid="editor.publish.button"[^>]*disabled|disabled[^>]*data-testid="editor.publish.button"/);
  });

  it('renders in the Chinese edition with every message found', () => {
    const html = renderToString(withIntl(createElement(CreateEditor, { from: null }), 'zh'));
    expect(html).toContain('自动校准');
    expect(html).toContain('我的关卡');
    expect(html).not.toMatch(/teacher\.[a-zA-Z]/);
  });

  it('renders a fork with its family parameters', () => {
    const html = renderToString(withIntl(createElement(CreateEditor, { from: getLevel('ravine-momentum')! })));
    expect(html).toContain('data-testid="editor.param.kappa"');
    expect(html).toContain('(remix)');
  });
});
