'use client';
/** The course map's opt-in checkbox for the server copy of progress (sync: ServerCopySync). */
import { useEffect, useId, useState } from 'react';
import { pullProgress, pushProgress, serverCopyEnabled, setServerCopy } from './server-copy';

export function ServerCopyToggle() {
  const id = useId();
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setOn(serverCopyEnabled()), []);
  const change = async (next: boolean) => {
    setServerCopy(next);
    setOn(next);
    if (!next) return setStatus('The server copy is no longer updated.');
    setStatus('Saving…');
    const pushed = await pushProgress();
    await pullProgress();
    setStatus(pushed ? 'Saved on the server.' : 'The server could not be reached; saved locally only.');
  };
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <input id={id} type="checkbox" checked={!!on} disabled={on === null} onChange={(e) => void change(e.target.checked)} className="h-4 w-4 accent-indigo-600" data-testid="progress.server-copy" />
      <label htmlFor={id} className="text-slate-700">
        Also keep a copy on this site’s server (an anonymous cookie identifies this browser)
      </label>
      {status ? (
        <span role="status" className="text-slate-500" data-testid="progress.server-status">
          {status}
        </span>
      ) : null}
    </div>
  );
}
