'use client';
/**
 * The terrain-language box: the teacher types f(x, y); the engine's parser checks every
 * keystroke and a problem is shown under the box with the exact characters underlined. The
 * language's reference and the gallery of starting terrains sit right under it
 * (TerrainReference, TerrainGallery, placed by LandscapeSection).
 */
import { useId, useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { TERRAIN_LIMITS } from '@/engine';
import { terrainErrorIn } from '@/components/i18n/engine-words-errors';
import { checkTerrain } from './terrain-check';
import { INPUT } from './fields';

export function TerrainInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const id = useId();
  const problem = useMemo(() => checkTerrain(value), [value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {t('terrain.label')} <span className="font-normal text-slate-500">{t('terrain.hint')}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        maxLength={TERRAIN_LIMITS.maxLength}
        className={`${INPUT} font-mono ${problem ? 'border-red-500' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!problem}
        aria-describedby={problem ? `${id}-err` : undefined}
        data-testid="editor.terrain"
      />
      {problem ? (
        <div id={`${id}-err`} role="alert" className="text-xs text-red-700" data-testid="editor.terrain.error" data-pos={problem.pos}>
          <pre className="overflow-x-auto whitespace-pre rounded bg-red-50 px-2 py-1 font-mono text-slate-800">
            {problem.before}
            <mark className="bg-red-200 text-red-900 underline decoration-red-600 decoration-wavy" data-testid="editor.terrain.mark">
              {problem.marked}
            </mark>
            {problem.after}
          </pre>
          <p>
            {t('terrain.problem', { message: terrainErrorIn(problem.message, tw), n: String(problem.pos + 1) })}
          </p>
        </div>
      ) : (
        <p className="text-xs text-emerald-700" data-testid="editor.terrain.ok">
          {t('terrain.valid')}
        </p>
      )}
    </div>
  );
}
