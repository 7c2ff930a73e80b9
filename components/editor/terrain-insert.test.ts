import { describe, expect, it } from 'vitest';
import { TERRAIN_GALLERY, galleryTerrain } from '@/engine/terrain/gallery';
import { newDraft, paramsOf, switchFamily, validateDraft, type Draft } from './draft';
import { expressionWasEdited, insertGalleryTerrain } from './terrain-insert';

const withExpr = (d: Draft, expr: string): Draft => ({ ...d, params: { ...d.params, terrain: { ...paramsOf(d), expr } } });

describe('inserting a gallery terrain', () => {
  it('sets expression, domain, start, goal and spread, and the draft stays a valid level', () => {
    for (const t of TERRAIN_GALLERY) {
      const d = insertGalleryTerrain(newDraft(), t);
      expect(d.family).toBe('terrain');
      expect(paramsOf(d).expr).toBe(t.expr);
      expect(paramsOf(d).domain).toEqual({ x: [...t.domain.x], y: [...t.domain.y] });
      expect(d.start).toEqual([...t.start]);
      expect(d.goal).toEqual({ kind: 'region', center: [...t.goal.center], radius: t.goal.radius });
      expect(d.variation.spread).toEqual([...t.spread]);
      const res = validateDraft(d);
      expect(res.ok, `${t.id}: ${res.ok ? '' : JSON.stringify(res.errors)}`).toBe(true);
    }
  });

  it('keeps everything else, and switches a closed-form family to the custom terrain', () => {
    const base = { ...newDraft(), title: 'Kept', budget: 777 };
    const d = insertGalleryTerrain(base, galleryTerrain('rosenbrock')!);
    expect(d.title).toBe('Kept');
    expect(d.budget).toBe(777);
    expect(d.controls).toEqual(base.controls);
    const fromRavine = insertGalleryTerrain(switchFamily(base, 'ravine'), galleryTerrain('himmelblau')!);
    expect(fromRavine.family).toBe('terrain');
    expect(validateDraft(fromRavine).ok).toBe(true);
  });

  it('asks first only when the teacher typed an expression of their own', () => {
    const d = newDraft();
    expect(expressionWasEdited(d)).toBe(false);
    expect(expressionWasEdited(withExpr(d, ''))).toBe(false);
    expect(expressionWasEdited(withExpr(d, galleryTerrain('himmelblau')!.expr.replace(/ /g, '')))).toBe(false);
    expect(expressionWasEdited(insertGalleryTerrain(d, galleryTerrain('ravine')!))).toBe(false);
    expect(expressionWasEdited(withExpr(d, 'x^2 + 3*y^2'))).toBe(true);
    expect(expressionWasEdited(withExpr(d, 'x^2 +'))).toBe(true);
  });
});
