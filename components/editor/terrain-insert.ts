/**
 * Inserting a gallery terrain (engine/terrain/gallery.ts) into the editor's draft: the
 * expression, domain, start, goal disc and example spread all come from the entry, so the
 * inserted level is the one the gallery's test checked. Asking first is needed only when the
 * teacher has typed an expression of their own (anything but the starting one or a gallery one).
 */
import type { GalleryTerrain } from '@/engine/terrain/gallery';
import { TERRAIN_GALLERY } from '@/engine/terrain/gallery';
import { newDraft, paramsOf, switchFamily, type Draft } from './draft';
import { defaultParams } from './params';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Expressions nothing is lost by replacing: empty, the new draft's, the family default, the gallery's. */
function pristineExpressions(): Set<string> {
  const set = new Set<string>(['']);
  set.add(squash(String(newDraft().params.terrain?.expr ?? '')));
  set.add(squash(String(defaultParams('terrain').expr ?? '')));
  for (const t of TERRAIN_GALLERY) set.add(squash(t.expr));
  return set;
}

/** True when replacing the current expression would lose something the teacher typed. */
export function expressionWasEdited(d: Draft): boolean {
  if (d.family !== 'terrain') return false;
  return !pristineExpressions().has(squash(String(paramsOf(d).expr ?? '')));
}

/** The draft with the gallery terrain in place (on the custom-terrain family; other settings kept). */
export function insertGalleryTerrain(draft: Draft, t: GalleryTerrain): Draft {
  const d = switchFamily(draft, 'terrain');
  const base = paramsOf(d);
  return {
    ...d,
    params: {
      ...d.params,
      terrain: { ...base, expr: t.expr, domain: { x: [t.domain.x[0], t.domain.x[1]], y: [t.domain.y[0], t.domain.y[1]] } },
    },
    start: [t.start[0], t.start[1]],
    goal: { kind: 'region', center: [t.goal.center[0], t.goal.center[1]], radius: t.goal.radius },
    variation: { ...d.variation, spread: [t.spread[0], t.spread[1]] },
  };
}
