'use client';
/** Export progress as a JSON file, or import one (merged; a bad file changes nothing). */
import { useRef, useState } from 'react';
import { exportProgress, importProgress } from './progress-file';

export function ProgressFileControls() {
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
    setMessage({ ok: true, text: 'Progress exported.' });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const res = importProgress(await file.text());
    setMessage(res.ok ? { ok: true, text: `Imported ${res.levels} level results and ${res.lessons} lessons.` } : { ok: false, text: res.error });
    if (input.current) input.current.value = '';
  };

  const button = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="progress.file">
      <button type="button" className={button} onClick={download} data-testid="progress.export">
        Export progress
      </button>
      <label className={`${button} cursor-pointer focus-within:ring-2 focus-within:ring-indigo-500`}>
        Import progress…
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
