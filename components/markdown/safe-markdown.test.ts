import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderInlineMarkdown, renderMarkdown } from './safe-markdown';

describe('safe Markdown', () => {
  it('renders emphasis, code and lists', () => {
    expect(renderMarkdown('Use **AdaGrad** at `lr = 0.5`')).toBe('<p>Use <strong>AdaGrad</strong> at <code>lr = 0.5</code></p>');
    expect(renderMarkdown('- a\n- b')).toContain('<li>a</li>');
  });

  it('escapes raw HTML and script tags', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links and marks links nofollow', () => {
    const html = renderMarkdown('[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://example.org)');
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('<a rel="noopener nofollow" href="https://example.org">z</a>');
  });

  it('inline rendering drops the paragraph', () => {
    expect(renderInlineMarkdown('*a*')).toBe('<em>a</em>');
  });

  it('no input produces a tag with an event handler or a script', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('<script>', '<a href="javascript:x">', '<b onclick=x>', '<iframe>'), (s, evil) => {
        const html = renderMarkdown(s + evil + s);
        expect(html).not.toMatch(/<(script|iframe)|<[a-z]+[^>]*\son[a-z]+=|href="javascript:/i);
      }),
    );
  });
});
