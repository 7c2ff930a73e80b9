'use client';
/**
 * Starting terrains (engine/terrain/gallery.ts) to insert into the draft: each with what it
 * teaches and its expression. Insert replaces the expression, domain, start, goal and example
 * spread, after a confirm when the teacher typed an expression of their own.
 */
import { useState } from 'react';
import { TERRAIN_GALLERY, type GalleryTerrain } from '@/engine/terrain/gallery';
import type { Draft, DraftUpdate } from './draft';
import { expressionWasEdited, insertGalleryTerrain } from './terrain-insert';

export function TerrainGallery({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const [inserted, setInserted] = useState('');
  const insert = (t: GalleryTerrain) => {
    if (
      expressionWasEdited(draft) &&
      !window.confirm(`Replace your expression with "${t.name}"? Its domain, start, goal and example spread replace yours too.`)
    ) {
      return;
    }
    update((d) => insertGalleryTerrain(d, t));
    setInserted(`Inserted ${t.name}: expression, domain, start, goal and example spread replaced.`);
  };
  return (
    <details className="rounded border border-slate-200 bg-slate-50 text-xs text-slate-700" data-testid="editor.terrain.gallery">
      <summary className="cursor-pointer select-none px-2 py-1 font-medium text-slate-800">
        Starting terrains ({TERRAIN_GALLERY.length}): {TERRAIN_GALLERY.map((t) => t.name.toLowerCase()).join(', ')}
      </summary>
      <div className="flex flex-col gap-2 px-2 pb-2 pt-1">
        <p className="text-slate-600">
          Insert replaces the expression, the domain, the start, the goal disc and the example spread; your other settings stay.
        </p>
        <ul className="flex flex-col gap-2">
          {TERRAIN_GALLERY.map((t) => {
            const descId = `terrain-gallery-${t.id}`;
            return (
              <li key={t.id} className="flex items-start gap-2 rounded border border-slate-200 bg-white p-2" data-testid={`editor.gallery.${t.id}`}>
                <div className="min-w-0 flex-1" id={descId}>
                  <div className="font-medium text-slate-800">{t.name}</div>
                  <p>{t.teaches}</p>
                  <code className="block break-words font-mono text-slate-900">{t.expr}</code>
                  <p className="text-slate-500">
                    start ({t.start.join(', ')}), goal ({t.goal.center.join(', ')}) ± {t.goal.radius}; x {t.domain.x.join('…')}, y {t.domain.y.join('…')}
                  </p>
                </div>
                <button
                  type="button"
                  className="shrink-0 rounded bg-white px-2 py-1 text-xs font-medium ring-1 ring-slate-300 hover:bg-slate-100"
                  aria-label={`Insert ${t.name}`}
                  aria-describedby={descId}
                  onClick={() => insert(t)}
                  data-testid={`editor.gallery.${t.id}.insert`}
                >
                  Insert
                </button>
              </li>
            );
          })}
        </ul>
        <p role="status" aria-live="polite" className="text-emerald-700" data-testid="editor.gallery.status">
          {inserted}
        </p>
      </div>
    </details>
  );
}
