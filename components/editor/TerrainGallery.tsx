'use client';
/**
 * Starting terrains (engine/terrain/gallery.ts) to insert into the draft: each with what it
 * teaches and its expression. Insert replaces the expression, domain, start, goal and example
 * spread, after a confirm when the teacher typed an expression of their own. Names and lessons
 * are in the page's edition (`engineWords`, components/i18n/engine-words.ts).
 */
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { TERRAIN_GALLERY, type GalleryTerrain } from '@/engine/terrain/gallery';
import { galleryEntryIn } from '@/components/i18n/engine-words';
import type { Draft, DraftUpdate } from './draft';
import { expressionWasEdited, insertGalleryTerrain } from './terrain-insert';

export function TerrainGallery({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const [inserted, setInserted] = useState('');
  const nameOf = (g: GalleryTerrain) => galleryEntryIn(g, tw).name;
  const insert = (g: GalleryTerrain) => {
    if (expressionWasEdited(draft) && !window.confirm(t('gallery.confirm', { name: nameOf(g) }))) {
      return;
    }
    update((d) => insertGalleryTerrain(d, g));
    setInserted(t('gallery.inserted', { name: nameOf(g) }));
  };
  return (
    <details className="rounded border border-slate-200 bg-slate-50 text-xs text-slate-700" data-testid="editor.terrain.gallery">
      <summary className="cursor-pointer select-none px-2 py-1 font-medium text-slate-800">
        {t('gallery.summary', { n: String(TERRAIN_GALLERY.length), names: TERRAIN_GALLERY.map((g) => nameOf(g).toLowerCase()).join(tw('change.listSeparator')) })}
      </summary>
      <div className="flex flex-col gap-2 px-2 pb-2 pt-1">
        <p className="text-slate-600">
          {t('gallery.lead')}
        </p>
        <ul className="flex flex-col gap-2">
          {TERRAIN_GALLERY.map((g) => {
            const descId = `terrain-gallery-${g.id}`;
            const words = galleryEntryIn(g, tw);
            return (
              <li key={g.id} className="flex items-start gap-2 rounded border border-slate-200 bg-white p-2" data-testid={`editor.gallery.${g.id}`}>
                <div className="min-w-0 flex-1" id={descId}>
                  <div className="font-medium text-slate-800">{words.name}</div>
                  <p>{words.teaches}</p>
                  <code className="block break-words font-mono text-slate-900">{g.expr}</code>
                  <p className="text-slate-500">
                    {t('gallery.where', {
                      start: g.start.join(', '),
                      goal: g.goal.center.join(', '),
                      radius: String(g.goal.radius),
                      x: g.domain.x.join('…'),
                      y: g.domain.y.join('…'),
                    })}
                  </p>
                </div>
                <button
                  type="button"
                  className="shrink-0 rounded bg-white px-2 py-1 text-xs font-medium ring-1 ring-slate-300 hover:bg-slate-100"
                  aria-label={t('gallery.insertName', { name: words.name })}
                  aria-describedby={descId}
                  onClick={() => insert(g)}
                  data-testid={`editor.gallery.${g.id}.insert`}
                >
                  {t('gallery.insert')}
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
