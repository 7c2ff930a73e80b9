import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Challenge } from './Challenge';
import { Term } from './Term';
import { withIntl } from '@/components/i18n/with-intl';

describe('<Challenge> and <Term> with an unknown id', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('render a visible error in development', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(renderToStaticMarkup(withIntl(createElement(Challenge, { id: 'no-such-level' })))).toContain('Unknown level <code>no-such-level</code>');
    expect(renderToStaticMarkup(withIntl(createElement(Term, { id: 'nope', children: 'x' })))).toContain('unknown glossary id nope');
  });

  it('fail the production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => renderToStaticMarkup(withIntl(createElement(Challenge, { id: 'no-such-level' })))).toThrow(/unknown level id "no-such-level"/);
    expect(() => renderToStaticMarkup(withIntl(createElement(Term, { id: 'nope', children: 'x' })))).toThrow(/unknown glossary id/);
  });

  it('a known level renders its title, hints folded and the solution behind a summary', () => {
    const html = renderToStaticMarkup(withIntl(createElement(Challenge, { id: 'saddle-escape' })));
    expect(html).toContain('data-testid="challenge"');
    expect(html).toContain('<summary');
    expect(html).toContain('Show solution');
    expect(html).not.toMatch(/<details[^>]*open/);
  });

  it('in the Chinese edition, the same challenge reads in Chinese', () => {
    const html = renderToStaticMarkup(withIntl(createElement(Challenge, { id: 'saddle-escape' }), 'zh'));
    expect(html).toContain('查看答案');
    expect(html).toContain('走下鞍点');
    expect(html).not.toContain('Show solution');
    expect(html).not.toContain('Off the saddle');
  });
});
