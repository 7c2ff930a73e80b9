'use client';
/**
 * Export the level as a JSON file (the versioned format of built-in levels) and import one:
 * the file is size-limited, parsed, migrated and validated by the engine's loadLevelJson. A bad
 * file shows its problems and leaves the draft exactly as it was.
 */
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_LEVEL_JSON, type Level, type LoadResult } from '@/engine';
import type { Draft } from './draft';
import { exportLevel, importLevelText } from './level-file';
import { downloadText } from './download';
import { ProblemList } from './ProblemList';
import { Section } from './fields';

export function FileSection({ validation, onImport }: { validation: LoadResult; onImport: (d: Draft) => void }) {
  const t = useTranslations('teacher');
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  const level: Level | null = validation.ok ? validation.level : null;

  const importFile = async (file: File) => {
    setImported(null);
    if (file.size > MAX_LEVEL_JSON) {
      setErrors([{ path: t('file.path.file'), message: t('file.overBytes', { max: String(MAX_LEVEL_JSON) }) }]);
      return;
    }
    const res = importLevelText(await file.text(), t);
    if (!res.ok) {
      setErrors(res.errors);
      return;
    }
    setErrors([]);
    setImported(res.title);
    onImport(res.draft);
  };

  return (
    <Section title={t('file.title')} testId="editor.file">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          disabled={!level}
          onClick={() => {
            if (!level) return;
            const f = exportLevel(level);
            downloadText(f.filename, f.text, 'application/json');
          }}
          className="rounded px-3 py-1.5 ring-1 ring-slate-300 disabled:opacity-40"
          data-testid="editor.export"
        >
          {t('file.export')}
        </button>
        <label className="cursor-pointer rounded px-3 py-1.5 ring-1 ring-slate-300">
          {t('file.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            data-testid="editor.import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
      {imported ? (
        <p className="text-xs text-emerald-700" role="status" data-testid="editor.import.ok">
          {t('file.imported', { title: imported })}
        </p>
      ) : null}
      <ProblemList errors={errors} testId="editor.import.errors" title={t('file.invalid')} />
    </Section>
  );
}
