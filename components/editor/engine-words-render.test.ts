/**
 * The editor in the Chinese edition (server render, no DOM): the engine's words it shows — family
 * names and summary, the terrain reference, the gallery — come from the `engineWords` catalogue,
 * while the English edition shows the engine's own words (terrain-reference-render.test.ts).
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '@/engine';
import { TERRAIN_GALLERY } from '@/engine/terrain/gallery';
import { TERRAIN_REFERENCE } from '@/engine/terrain/reference';
import CreateEditor from './CreateEditor';
import { withIntl } from './test-intl';

describe('the editor in Chinese', () => {
  const html = renderToString(withIntl(createElement(CreateEditor, { from: null }), 'zh'));

  it('names the families and says what the chosen one is in Chinese', () => {
    expect(html).toContain('自定义地形');
    expect(html).toContain('峡谷（病态二次函数）');
    expect(html).toContain('用地形语言写出的任意 f(x, y)');
    expect(html).not.toContain(FAMILIES.terrain.summary.slice(0, 20));
  });

  it('shows the terrain reference and the gallery in Chinese, names and rules as typed', () => {
    // sigmoid's meaning is a formula, the same in both editions.
    for (const f of TERRAIN_REFERENCE.functions.filter((f) => f.name !== 'sigmoid')) expect(html).not.toContain(`>${f.doc.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}<`);
    for (const n of TERRAIN_REFERENCE.notes) expect(html).not.toContain(n.slice(0, 20));
    expect(html).toContain('高斯凸包');
    expect(html).toContain('最多 500 个字符（整个表达式，含空格）');
    for (const g of TERRAIN_GALLERY) expect(html).not.toContain(g.teaches.slice(0, 30));
    expect(html).toContain('aria-label="插入 峡谷"');
    expect(html).toContain('学习率 η');
  });
});
