/**
 * The Publish button's states (issue 14): a second press never duplicates silently. Pure
 * transitions, and the edit page's button rendered in each state.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getLevel } from '@/content/levels';
import { publishedDraft } from './draft';
import { EditActions } from './EditActions';
import { levelKey, publishAction, publishState, stableJson } from './publish-state';
import { tEn, withIntl } from './test-intl';

const level = getLevel('saddle-escape')!;
const draft = publishedDraft(level);

describe('publish state', () => {
  it('goes new → published → changed → published (republish) → unpublished → published', () => {
    const key = levelKey(draft);
    expect(publishState(key, null)).toBe('new');
    expect(publishAction('new', tEn)).toMatchObject({ label: 'Publish', method: 'POST' });
    // After the first press the server holds this document: nothing left to publish.
    let stored = { key, published: true };
    expect(publishState(key, stored)).toBe('published');
    expect(publishAction('published', tEn)).toMatchObject({ label: 'Published', method: null });
    // An edit: the button replaces the same level (PUT), it never creates another.
    const edited = levelKey({ ...draft, budget: draft.budget + 1 });
    expect(publishState(edited, stored)).toBe('changed');
    expect(publishAction('changed', tEn)).toMatchObject({ label: 'Republish', method: 'PUT' });
    expect(publishAction('changed', tEn).note).toMatch(/Changes not yet published.*share link stays the same/);
    stored = { key: edited, published: true };
    expect(publishState(edited, stored)).toBe('published');
    // Unpublished (edit page): publishing again reopens the same link, changed or not.
    expect(publishState(edited, { key: edited, published: false })).toBe('unpublished');
    expect(publishAction('unpublished', tEn)).toMatchObject({ label: 'Publish again', method: 'PUT' });
  });

  it('compares level documents, not key order or editor-only state', () => {
    expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}');
    const inner = draft.params[draft.family] ?? {};
    const reverse = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = { ...draft, params: { [draft.family]: reverse(inner) }, variation: reverse(draft.variation) };
    expect(Object.keys(draft.variation).length).toBeGreaterThan(1);
    expect(levelKey(reordered)).toBe(levelKey(draft));
    expect(levelKey({ ...draft, calibration: null })).toBe(levelKey(draft));
    expect(levelKey({ ...draft, title: `${draft.title}!` })).not.toBe(levelKey(draft));
    expect(levelKey({ ...draft, hints: [...draft.hints, '   '] })).toBe(levelKey(draft));
  });
});

describe('edit page button', () => {
  const render = (storedKey: string, published = true) =>
    renderToString(withIntl(createElement(EditActions, { draft, slug: 'abcdefghij', token: 't', onGone: () => {}, published, storedKey })));
  const button = (html: string) => /<button[^>]*data-testid="editor.save"[^>]*>([^<]*)<\/button>/.exec(html);

  it('reads "Published" and is disabled while the draft is what the server has', () => {
    const html = render(levelKey(draft));
    expect(button(html)?.[0]).toContain('data-state="published"');
    expect(button(html)?.[0]).toMatch(/disabled/);
    expect(button(html)?.[1]).toBe('Published');
  });

  it('reads "Republish" with the changes not yet published', () => {
    const html = render('something else');
    expect(button(html)?.[0]).toContain('data-state="changed"');
    expect(button(html)?.[1]).toBe('Republish');
    expect(html).toContain('Changes not yet published');
  });

  it('reads "Publish again" on an unpublished level', () => {
    const html = render(levelKey(draft), false);
    expect(button(html)?.[1]).toBe('Publish again');
    expect(html).toContain('data-testid="editor.edit.unpublished"');
  });
});
