'use client';
/** Export progress as a JSON file, or import one (merged; a bad file changes nothing). */
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { exportProgress, importProgress } from './progress-file';

export function ProgressFileControls() {
  const t = useTranslations('course.progress');
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = () => {
    const blob = new Blob([exportProgress()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `descent-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage({ ok: true, text: t('exported') });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const res = importProgress(await file.text());
    setMessage(
      res.ok
        ? { ok: true, text: t('imported', { levels: String(res.levels), lessons: String(res.lessons) }) }
        : { ok: false, text: t(res.problem.key, res.problem.values) },
    );
    if (input.current) input.current.value = '';
  };

  const button = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="progress.file">
      <button type="button" className={button} onClick={download} data-testid="progress.export">
        {t('export')}
      </button>
      <label className={`${button} cursor-pointer focus-within:ring-2 focus-within:ring-indigo-500`}>
        {t('import')}
        <input ref={input} type="file" accept="application/json,.json" className="sr-only" onChange={(e) => void upload(e.target.files?.[0])} data-testid="progress.import" />
      </label>
      {message ? (
        <span role="status" className={message.ok ? 'text-sm text-emerald-700' : 'text-sm text-red-700'} data-testid="progress.message">
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
