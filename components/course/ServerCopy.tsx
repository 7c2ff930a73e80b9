'use client';
/** The course map's opt-in checkbox for the server copy of progress (sync: ServerCopySync). */
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { pullProgress, pushProgress, serverCopyEnabled, setServerCopy } from './server-copy';

type Status = '' | 'off' | 'saving' | 'saved' | 'unreachable';

export function ServerCopyToggle() {
  const t = useTranslations('course.progress.server');
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState<Status>('');
  useEffect(() => setOn(serverCopyEnabled()), []);
  const change = async (next: boolean) => {
    setServerCopy(next);
    setOn(next);
    if (!next) return setStatus('off');
    setStatus('saving');
    const pushed = await pushProgress();
    await pullProgress();
    setStatus(pushed ? 'saved' : 'unreachable');
  };
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <input id={id} type="checkbox" checked={!!on} disabled={on === null} onChange={(e) => void change(e.target.checked)} className="h-4 w-4 accent-indigo-600" data-testid="progress.server-copy" />
      <label htmlFor={id} className="text-slate-700">
        {t('label')}
      </label>
      {status ? (
        <span role="status" className="text-slate-500" data-testid="progress.server-status">
          {t(status)}
        </span>
      ) : null}
    </div>
  );
}
