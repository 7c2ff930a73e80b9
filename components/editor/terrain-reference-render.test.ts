/**
 * Server render of the terrain reference panel and the gallery in the editor (no DOM here):
 * every function with its meaning, every limit at the parser's value, and an Insert button per
 * gallery terrain.
 */
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TERRAIN_LIMITS } from '@/engine';
import { TERRAIN_GALLERY } from '@/engine/terrain/gallery';
import { TERRAIN_REFERENCE } from '@/engine/terrain/reference';
import CreateEditor from './CreateEditor';
import { TerrainReference } from './TerrainReference';
import { withIntl } from './test-intl';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('terrain reference panel', () => {
  it('renders grammar, names, operators, every function with its meaning, and the limits', () => {
    const html = renderToStaticMarkup(withIntl(createElement(TerrainReference)));
    expect(html).toMatch(/^<details/);
    for (const f of TERRAIN_REFERENCE.functions) {
      expect(html).toContain(esc(f.signature));
      expect(html).toContain(esc(f.doc));
    }
    for (const g of TERRAIN_REFERENCE.grammar) expect(html).toContain(esc(g.rule));
    for (const v of [...TERRAIN_REFERENCE.variables, ...TERRAIN_REFERENCE.constants]) expect(html).toContain(`<code class="font-mono text-slate-900">${v.name}</code>`);
    for (const o of TERRAIN_REFERENCE.operators) expect(html).toContain(esc(o.symbol));
    for (const v of Object.values(TERRAIN_LIMITS)) expect(html).toContain(`at most ${v} `);
  });

  it('sits under the terrain field of a new level, with the gallery and its Insert buttons', () => {
    const html = renderToString(withIntl(createElement(CreateEditor, { from: null })));
    const field = html.indexOf('data-testid="editor.terrain"');
    expect(field).toBeGreaterThan(0);
    expect(html.indexOf('data-testid="editor.terrain.reference"')).toBeGreaterThan(field);
    expect(html.indexOf('data-testid="editor.terrain.gallery"')).toBeGreaterThan(field);
    for (const t of TERRAIN_GALLERY) {
      expect(html).toContain(`data-testid="editor.gallery.${t.id}.insert"`);
      expect(html).toContain(`aria-label="Insert ${esc(t.name)}"`);
    }
  });
});
